import { createHash } from "node:crypto";
import { addDays, EventType, idCheckChar, maskIdNumber, SHANGHAI_OFFSET_MS } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { dialectOf } from "../../db/data-source.js";
import { type BulkWriter, dropSecondaryIndexes, InsertWriter, LoadDataWriter, restoreIndexes } from "../../db/bulk-writer.js";
import { utcDatetime } from "../../db/entity-rows.js";
import { regionIndex, type RegionNode } from "../../modules/kpi/kpi-regions.js";
import { DEMO_PASSWORD } from "../../modules/demo/demo-accounts.js";
import { hashPassword } from "../../security/password.js";
import { dayFactor, daysOf, normal, pickCumulative, seeded } from "./rhythm.js";

/** What scale 1 means: Henan at the 2 % target and one year of activity (docs/kpis.md, "Data generator"). */
export const SCALE_ONE = {
  volunteers: 2_000_000,
  shares: 20_000_000,
  checkIns: 40_000_000,
  activities: 100_000,
  comments: 1_000_000,
  societyPosts: 200_000,
  certifiedFrom: "2021-01-01",
  activityFrom: "2025-01-01",
  until: "2026-01-01",
};

export interface GenerateOptions {
  scale: number;
  seed: number;
  /** rows per multi-row INSERT */
  rowsPerStatement?: number;
  /** statements per transaction */
  statementsPerTransaction?: number;
  onProgress?: (phase: string, done: number, total: number) => void;
  /**
   * First day after the generated data (default 2026-01-01, the bench's fixed year 2025): the year of
   * activity is the 365 days before it, certifications the five years before it. The demo data of
   * `npm start` passes today, so its dashboards show the current months.
   */
  until?: string;
}

export interface GenerateResult {
  volunteers: number;
  events: Record<string, number>;
  ms: number;
  rowsPerSecond: number;
  laggingCities: string[];
  laggingCounties: number;
}

const pad = (n: number) => String(n).padStart(10, "0");
/** An instant on `day` (Asia/Shanghai) between 07:00 and 23:00. */
const instantOn = (day: string, random: () => number) =>
  new Date(Date.parse(`${day}T07:00:00Z`) - SHANGHAI_OFFSET_MS + Math.floor(random() * 16 * 3600_000));

/**
 * Fills an empty database with realistic data on the real region tree (docs/kpis.md): certified
 * volunteers in the `volunteer` table and the events the KPIs count in `domain_event`, written as
 * multi-row INSERTs in transactions, in time order (ids rise with time, as in a live system).
 * Per-module rows (shares, check-ins…) are not written: the KPIs read only the events.
 */
export async function generate(ds: DataSource, options: GenerateOptions): Promise<GenerateResult> {
  const t0 = performance.now();
  const random = seeded(options.seed);
  const s = options.scale;
  if (!(s > 0 && s <= 10)) throw new Error("--scale must be in (0, 10]");
  const [{ n: already }] = (await ds.query("SELECT COUNT(*) AS n FROM domain_event WHERE idempotency_key LIKE 'gen:%'")) as {
    n: unknown;
  }[];
  if (Number(already) > 0) throw new Error("this database already holds generated data (events with gen: keys); use a fresh database");
  const regions = await regionIndex(ds);
  const progress = options.onProgress ?? (() => {});

  // --- where people live: cities by census population, three cities and ~15 % of counties far behind ---
  const cities = [...regions.childrenOf("41")];
  const populationRows = (await ds.query("SELECT code, population FROM region WHERE depth = 1")) as { code: string; population: unknown }[];
  const population = new Map(populationRows.map((r) => [r.code, Number(r.population ?? 0)]));
  const laggingCities = new Set(
    [...cities]
      .sort(() => random() - 0.5)
      .slice(0, 3)
      .map((c) => c.code),
  );
  const villagesUnder = (r: RegionNode): RegionNode[] => {
    const out: RegionNode[] = [];
    const stack = [r];
    while (stack.length) {
      const x = stack.pop()!;
      if (x.level === "VILLAGE") out.push(x);
      stack.push(...regions.childrenOf(x.code));
    }
    return out;
  };
  interface Area {
    county: RegionNode;
    villages: RegionNode[];
    townships: RegionNode[];
    weight: number;
    activity: number;
  }
  const areas: Area[] = [];
  let laggingCounties = 0;
  for (const city of cities) {
    const counties = regions.childrenOf(city.code).filter((c) => c.level === "COUNTY");
    const units = counties.length ? counties : [city]; // 济源示范区 has townships directly
    const unitVillages = units.map(villagesUnder);
    const totalVillages = unitVillages.reduce((a, v) => a + v.length, 0) || 1;
    const cityWeight = (population.get(city.code) ?? 0) * (laggingCities.has(city.code) ? 0.45 : 1);
    units.forEach((u, i) => {
      const lagging = random() < 0.15;
      if (lagging) laggingCounties++;
      areas.push({
        county: u,
        villages: unitVillages[i],
        townships: regions.childrenOf(u.code).filter((t) => t.level === "TOWNSHIP"),
        weight: ((cityWeight * Math.max(1, unitVillages[i].length)) / totalVillages) * (lagging ? 0.3 : 1),
        activity: lagging ? 0.4 : 1,
      });
    });
  }
  const areaCum = new Float64Array(areas.length);
  areas.reduce((acc, a, i) => (areaCum[i] = acc + a.weight), 0);

  // --- volunteers, ordered by certification time ---
  const n = Math.round(SCALE_ONE.volunteers * s);
  const until = options.until ?? SCALE_ONE.until;
  const activityFrom = options.until ? addDays(until, -365) : SCALE_ONE.activityFrom;
  const certifiedFrom = options.until ? `${Number(until.slice(0, 4)) - 5}${until.slice(4)}` : SCALE_ONE.certifiedFrom;
  const certDays = daysOf(certifiedFrom, until);
  const certCum = new Float64Array(certDays.length);
  certDays.reduce((acc, d, i) => (certCum[i] = acc + (1 + (2 * i) / certDays.length) * dayFactor(d, 0.65)), 0);
  const people = Array.from({ length: n }, () => {
    const area = areas[pickCumulative(areaCum, areas.length, random() * areaCum[areas.length - 1])];
    const where = random();
    const home =
      where < 0.9 && area.villages.length
        ? area.villages[Math.floor(random() * area.villages.length)].code
        : where < 0.98 && area.townships.length
          ? area.townships[Math.floor(random() * area.townships.length)].code
          : area.county.code;
    const day = certDays[pickCumulative(certCum, certDays.length, random() * certCum[certDays.length - 1])];
    // 15 % never act; the rest with a long-tailed propensity.
    const propensity = random() < 0.15 ? 0 : Math.exp(1.1 * normal(random)) * area.activity;
    return { home, day, at: instantOn(day, random), propensity };
  });
  people.sort((a, b) => a.at.getTime() - b.at.getTime());

  const mariadb = dialectOf(ds) === "mariadb";
  const qr = ds.createQueryRunner();
  await qr.connect();
  const url = (ds.options as { url?: string }).url;
  const writer: BulkWriter =
    mariadb && url
      ? await LoadDataWriter.open(url)
      : new InsertWriter(qr, options.rowsPerStatement ?? 2000, options.statementsPerTransaction ?? 10);
  // At scale, secondary indexes are built once at the end (a sorted build) instead of row by row.
  let deferred = mariadb && s >= 0.05 ? await dropSecondaryIndexes(qr, ["volunteer", "domain_event"]) : [];
  try {
    const [{ maxId }] = (await qr.query("SELECT COALESCE(MAX(id), 0) AS maxId FROM volunteer")) as { maxId: unknown }[];
    const firstId = Number(maxId) + 1;
    // One shared hash (of the demo password): hashing 2 M passwords is not what is being generated.
    const passwordHash = await hashPassword(DEMO_PASSWORD);

    // Volunteers (one row each, certified) — the table the volunteer list and exports read.
    await writer.begin("volunteer", [
      "id",
      "phone",
      "password_hash",
      "nickname",
      "tier",
      "real_name",
      "id_number_hash",
      "id_number_masked",
      "region_code",
      "certified_at",
      "created_at",
      "updated_at",
    ]);
    const surnames = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    const given = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";
    for (let i = 0; i < n; i++) {
      const p = people[i];
      const id = firstId + i;
      const first17 = `${p.home.slice(0, 6)}19${String(60 + Math.floor(random() * 40))}${String(1 + Math.floor(random() * 12)).padStart(2, "0")}${String(1 + Math.floor(random() * 28)).padStart(2, "0")}${String(i % 1000).padStart(3, "0")}`;
      const idNumber = first17 + idCheckChar(first17);
      const name =
        surnames[i % surnames.length] +
        given[Math.floor(random() * given.length)] +
        (random() < 0.6 ? given[Math.floor(random() * given.length)] : "");
      const at = utcDatetime(p.at);
      await writer.row([
        id,
        `19${String(i).padStart(9, "0")}`,
        passwordHash,
        `科普员${i}`,
        "INDIVIDUAL",
        name,
        createHash("sha256").update(`gen:${options.seed}:${i}`).digest("hex"),
        maskIdNumber(idNumber),
        p.home,
        at,
        at,
        at,
      ]);
      if (i % 20_000 === 0) progress("科普员", i, n);
    }
    await writer.flush();
    progress("科普员", n, n);

    // Events in time order: certifications before the activity year, then day by day.
    const counts: Record<string, number> = {};
    const next = (type: string) => (counts[type] = (counts[type] ?? 0) + 1);
    await writer.begin("domain_event", [
      "type",
      "actor_kind",
      "actor_id",
      "subject_type",
      "subject_id",
      "region_code",
      "day",
      "occurred_at",
      "idempotency_key",
      "payload",
      "request_id",
    ]);
    const event = (
      type: string,
      actorKind: string,
      actorId: string,
      subjectType: string,
      subjectId: number | string,
      region: string,
      at: Date,
      payload: string,
    ) =>
      writer.row([
        type,
        actorKind,
        actorId,
        subjectType,
        String(subjectId),
        region,
        new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString().slice(0, 10),
        utcDatetime(at),
        `gen:${type}:${pad(next(type))}`,
        payload,
        "gen",
      ]);
    const certify = (i: number) =>
      event(
        EventType.VOLUNTEER_CERTIFIED,
        "volunteer",
        String(firstId + i),
        "Volunteer",
        firstId + i,
        people[i].home,
        people[i].at,
        `{"idNumberMasked":"${people[i].home.slice(0, 4)}**********${String(i % 10000).padStart(4, "0")}"}`,
      );
    let certified = 0;
    while (certified < n && people[certified].day < activityFrom) {
      await certify(certified++);
      if (certified % 20_000 === 0) progress("注册事件", certified, n);
    }

    // Activity propensities over the eligible prefix (people certified so far), as cumulative weights.
    const cum = new Float64Array(n);
    let acc = 0;
    for (let i = 0; i < n; i++) cum[i] = acc += people[i].propensity;
    const totalPropensity = acc || 1;
    const year = daysOf(activityFrom, until);
    const perDay = (total: number, weekend: number) => {
      const f = year.map((d) => dayFactor(d, weekend));
      const sum = f.reduce((a, b) => a + b, 0);
      return f.map((x) => (total * s * x) / sum);
    };
    const shareDays = perDay(SCALE_ONE.shares, 1.15);
    const checkInDays = perDay(SCALE_ONE.checkIns, 0.9);
    const commentDays = perDay(SCALE_ONE.comments, 1.1);
    const postDays = perDay(SCALE_ONE.societyPosts, 1.2);
    const activityDays = perDay(SCALE_ONE.activities, 1.3);
    // Check-ins: each person at most once a day, with probability min(1, λ·propensity); λ set so the year adds up.
    const meanDaily = (SCALE_ONE.checkIns * s) / year.length;
    let lo = 0;
    let hi = 10;
    for (let k = 0; k < 40; k++) {
      const mid = (lo + hi) / 2;
      let expected = 0;
      for (let i = 0; i < n; i++) expected += Math.min(1, mid * people[i].propensity);
      if (expected < meanDaily) lo = mid;
      else hi = mid;
    }
    const lambda = (lo + hi) / 2;
    const round = (x: number) => Math.floor(x) + (random() < x - Math.floor(x) ? 1 : 0);
    const draw = (eligible: number) => pickCumulative(cum, eligible, random() * cum[eligible - 1]);
    const total = Math.round(
      (SCALE_ONE.shares + SCALE_ONE.checkIns + SCALE_ONE.comments + SCALE_ONE.societyPosts + SCALE_ONE.activities) * s,
    );
    let written = 0;
    for (const [d, day] of year.entries()) {
      while (certified < n && people[certified].day <= day) await certify(certified++);
      const eligible = certified;
      if (!eligible || cum[eligible - 1] <= 0) continue;
      const scale = checkInDays[d] / meanDaily;
      for (let i = 0; i < eligible; i++) {
        const p = people[i];
        if (p.propensity > 0 && random() < Math.min(1, lambda * p.propensity * scale)) {
          await event(EventType.CHECK_IN, "volunteer", String(firstId + i), "Volunteer", firstId + i, p.home, instantOn(day, random), "{}");
          written++;
        }
      }
      for (let k = round(shareDays[d]); k > 0; k--, written++) {
        const i = draw(eligible);
        const platform = ["WECHAT", "WECHAT_MOMENTS", "WECHAT_MOMENTS", "QQ", "WEIBO", "QZONE", "LINK"][Math.floor(random() * 7)];
        await event(
          EventType.SHARE_RECORDED,
          "volunteer",
          String(firstId + i),
          "ShareEvent",
          counts[EventType.SHARE_RECORDED] ?? 0,
          people[i].home,
          instantOn(day, random),
          `{"contentId":${1 + Math.floor(random() * 5000)},"platform":"${platform}","channel":"tech","sharerId":${firstId + i}}`,
        );
      }
      for (let k = round(commentDays[d]); k > 0; k--, written++) {
        const i = draw(eligible);
        await event(
          EventType.COMMENT_POSTED,
          "volunteer",
          String(firstId + i),
          "Comment",
          (counts[EventType.COMMENT_POSTED] ?? 0) + 1,
          people[i].home,
          instantOn(day, random),
          `{"contentId":${1 + Math.floor(random() * 5000)}}`,
        );
      }
      for (let k = round(postDays[d]); k > 0; k--, written++) {
        const i = draw(eligible);
        await event(
          EventType.SOCIETY_POST,
          "volunteer",
          String(firstId + i),
          "SocietyPost",
          (counts[EventType.SOCIETY_POST] ?? 0) + 1,
          people[i].home.slice(0, 6),
          instantOn(day, random),
          `{"societyId":1,"authorRegionCode":"${people[i].home}"}`,
        );
      }
      for (let k = round(activityDays[d]); k > 0; k--, written++) {
        const i = draw(eligible);
        const home = people[i].home;
        const held = home.length > 9 ? home.slice(0, 9) : home;
        await event(
          EventType.ACTIVITY_PUBLISHED,
          "system",
          "gen:reviewer",
          "Activity",
          (counts[EventType.ACTIVITY_PUBLISHED] ?? 0) + 1,
          held,
          instantOn(day, random),
          `{"kind":"LOCAL","authorId":${firstId + i},"societyId":null,"authorRegionCode":"${home}","directly":false}`,
        );
      }
      progress("活动事件", Math.min(written, total), total);
    }
    while (certified < n) await certify(certified++);
    await writer.flush();
    if (deferred.length) {
      const list = deferred;
      deferred = [];
      await restoreIndexes(qr, list, (done) => progress("建索引", done, list.length));
    }
    void totalPropensity;
    const ms = performance.now() - t0;
    const rows = n + Object.values(counts).reduce((a, b) => a + b, 0);
    return {
      volunteers: n,
      events: counts,
      ms,
      rowsPerSecond: Math.round(rows / (ms / 1000)),
      laggingCities: [...laggingCities],
      laggingCounties,
    };
  } finally {
    await writer.close();
    // After a failure too: never leave the tables without their indexes.
    if (deferred.length) await restoreIndexes(qr, deferred, () => undefined);
    await qr.release();
  }
}

/** Days of the generated activity year, for the bench. */
export const generatedYear = { from: SCALE_ONE.activityFrom, to: SCALE_ONE.until, lastMonthFrom: addDays(SCALE_ONE.until, -31) };
