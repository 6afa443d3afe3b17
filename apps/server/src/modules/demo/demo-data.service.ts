import { EventType, idCheckChar, maskIdNumber, RoleChangeCause, tierRank } from "@kepu/domain";
import { hashPassword } from "../../security/password.js";
import type { AppServices } from "../../platform/app-services.js";
import { RequestContext } from "../../platform/request-context.js";
import { applicationEvent } from "../manager-application/manager-application.events.js";
import { changeRole } from "../volunteer/change-role.js";
import { volunteerCertified, volunteerRegistered } from "../volunteer/volunteer.events.js";
import { ManagerApplication } from "../manager-application/manager-application.entity.js";
import { Region } from "../region/region.entity.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { DEMO_PASSWORD, demoAccounts, demoApplications } from "./demo-accounts.js";

const DEMO_VOLUNTEERS = 320;

/** Small deterministic PRNG so every fresh demo database looks the same. */
function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍建国红梅志鹏宇浩然欣怡子涵";

/**
 * Demo accounts (one per tier, README) and a few hundred certified volunteers with valid,
 * encrypted IDs spread over Henan, plus pending manager applications for the approval queue.
 * Runs only on an empty volunteer table.
 */
export async function seedDemoData(app: AppServices): Promise<{ created: boolean; volunteers: number; applications: number }> {
  const { ds, pii } = app;
  if ((await ds.getRepository(Volunteer).count({ take: 1 })) > 0) return { created: false, volunteers: 0, applications: 0 };
  const rand = mulberry32(20261128);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const townships = (await ds.getRepository(Region).find({ select: { code: true }, where: { level: "TOWNSHIP" } })).map((r) => r.code);
  const known = new Set(townships);
  const named = [...demoAccounts.map((a) => a.homeRegionCode), ...demoApplications.map(([home]) => home)].filter(
    (c): c is string => c !== null,
  );
  const missing = named.filter((c) => !known.has(c));
  if (missing.length) throw new Error(`demo data names unknown townships: ${missing.join(", ")}`);
  const now = Date.now();
  let seq = 0;
  const person = (phone: string, nickname: string, realName: string, home: string | null, certifiedDaysAgo: number | null): Volunteer => {
    seq++;
    const birth = `${1960 + Math.floor(rand() * 45)}${String(1 + Math.floor(rand() * 12)).padStart(2, "0")}${String(1 + Math.floor(rand() * 28)).padStart(2, "0")}`;
    const first17 = `${(home ?? "410105").slice(0, 6)}${birth}${String(seq % 1000).padStart(3, "0")}`;
    const id = first17 + idCheckChar(first17);
    const certifiedAt =
      home && certifiedDaysAgo !== null ? new Date(now - certifiedDaysAgo * 86_400_000 - Math.floor(rand() * 86_400_000)) : null;
    const createdAt = new Date((certifiedAt?.getTime() ?? now) - 3_600_000);
    return ds.getRepository(Volunteer).create({
      phone,
      passwordHash,
      nickname,
      tier: "INDIVIDUAL",
      managedRegionCode: null,
      realName: certifiedAt ? realName : null,
      idNumberSealed: certifiedAt ? pii.encrypt(id) : null,
      idNumberHash: certifiedAt ? pii.blindIndex(id) : null,
      idNumberMasked: certifiedAt ? maskIdNumber(id) : null,
      regionCode: certifiedAt ? home : null,
      workUnit: certifiedAt ? pick(["河南省科协", "郑州大学", "市第一中学", "县人民医院", "乡镇卫生院", "村委会", null]) : null,
      certifiedAt,
      createdAt,
      updatedAt: createdAt,
    });
  };

  const people: Volunteer[] = demoAccounts.map((a) =>
    Object.assign(person(a.phone, a.nickname, a.realName, a.homeRegionCode, a.homeRegionCode ? 200 : null), {
      tier: a.tier,
      managedRegionCode: a.managedRegionCode,
    }),
  );
  const applicants = demoApplications.map(([home], i) => person(`1370000000${i}`, `申请人${i + 1}`, `${SURNAMES[i]}申请`, home, 30 + i));
  people.push(...applicants);
  for (let i = 0; i < DEMO_VOLUNTEERS; i++) {
    const name = pick([...SURNAMES]) + pick([...GIVEN]) + (rand() < 0.5 ? pick([...GIVEN]) : "");
    const certified = rand() < 0.85;
    people.push(
      person(
        `139${String(10_000_000 + i).padStart(8, "0")}`,
        `科普员${String(i + 1).padStart(3, "0")}`,
        name,
        pick(townships),
        certified ? Math.floor(rand() * 365) : null,
      ),
    );
  }

  // Through the same seams as real writes: roles by changeRole, and the events KPIs will count, at their historical times.
  await RequestContext.system(app, "demo-data").write(async (tx) => {
    const { em } = tx;
    const roles = people.map((p) => ({ tier: p.tier, managedRegionCode: p.managedRegionCode }));
    for (const p of people) Object.assign(p, { tier: "INDIVIDUAL", managedRegionCode: null });
    for (let i = 0; i < people.length; i += 100) await em.getRepository(Volunteer).insert(people.slice(i, i + 100));
    for (const p of people) {
      await tx.emit(volunteerRegistered(p.dbId, p.createdAt));
      if (p.certifiedAt) {
        await tx.emit(volunteerCertified(p, p.certifiedAt));
      }
    }
    const apps = applicants.map((a, i) => {
      const [, tier, regionCode, reason] = demoApplications[i];
      return em.getRepository(ManagerApplication).create({
        applicantId: a.dbId,
        pendingKey: a.dbId,
        tier,
        regionCode,
        reason,
        status: "PENDING",
        decidedById: null,
        decisionComment: null,
        decidedAt: null,
        createdAt: new Date(now - (i + 1) * 3_600_000),
      });
    });
    await em.getRepository(ManagerApplication).insert(apps);
    for (const a of apps) {
      await tx.emit(
        applicationEvent(
          EventType.MANAGER_APPLICATION_SUBMITTED,
          a,
          { tier: a.tier, regionCode: a.regionCode, reason: a.reason },
          a.createdAt,
        ),
      );
    }
    for (const [i, p] of people.entries()) {
      const role = roles[i];
      if (tierRank(role.tier) === 0) continue;
      const cause = role.tier === "PROVINCE_ADMIN" ? RoleChangeCause.ADMIN_CREATED : RoleChangeCause.DEMO_DATA;
      await changeRole(tx, p, { ...role, cause, note: { source: "demo-data" } });
      Object.assign(p, role);
    }
  });
  return { created: true, volunteers: people.length, applications: applicants.length };
}
