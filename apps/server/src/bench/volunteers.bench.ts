import type { DataSource } from "typeorm";
import { idCheckChar, maskIdNumber, type Tier } from "@kepu/domain";
import type { AppServices } from "../platform/app-services.js";
import { Region } from "../modules/region/region.entity.js";
import { Volunteer } from "../modules/volunteer/volunteer.entity.js";
import { hashPassword } from "../security/password.js";
import { createProgress } from "../cli/progress.js";
import { formatTimings, time, type Timing } from "./stats.js";

const PASSWORD = "Bench2026x";

/** Inserts `count` certified volunteers on random villages (one shared password hash: scrypt is not what is measured). */
async function generate(ds: DataSource, services: AppServices, count: number): Promise<void> {
  const villages = (await ds.getRepository(Region).find({ select: { code: true }, where: { level: "VILLAGE" } })).map((r) => r.code);
  const hash = await hashPassword(PASSWORD);
  const progress = createProgress("生成科普员");
  const now = Date.now();
  const batch = 500;
  for (let i = 0; i < count; i += batch) {
    const rows: Partial<Volunteer>[] = [];
    for (let j = i; j < Math.min(count, i + batch); j++) {
      const home = villages[(j * 7919) % villages.length];
      const first17 = `${home.slice(0, 6)}1990${String(1 + (j % 12)).padStart(2, "0")}${String(1 + (j % 28)).padStart(2, "0")}${String(j % 1000).padStart(3, "0")}`;
      const id = first17 + idCheckChar(first17);
      const certifiedAt = new Date(now - (j % 365) * 86_400_000);
      rows.push({
        phone: `15${String(j).padStart(9, "0")}`,
        passwordHash: hash,
        nickname: `压测${j}`,
        tier: "INDIVIDUAL",
        managedRegionCode: null,
        realName: "压测员",
        idNumberSealed: null,
        idNumberHash: services.pii.blindIndex(`${id}#${j}`),
        idNumberMasked: maskIdNumber(id),
        regionCode: home,
        workUnit: null,
        certifiedAt,
        createdAt: certifiedAt,
        updatedAt: certifiedAt,
      });
    }
    await ds.getRepository(Volunteer).insert(rows);
    progress.update(Math.min(count, i + batch), count);
  }
  progress.stop();
}

/** Turns the first generated people into the province and one manager per level; returns label → phone. */
async function managers(ds: DataSource): Promise<Record<string, string>> {
  const scopes: [string, Tier, string | null][] = [
    ["province", "PROVINCE_ADMIN", null],
    ["city 4101", "CITY_MANAGER", "4101"],
    ["county 410105", "COUNTY_MANAGER", "410105"],
    ["township 410105001", "TOWNSHIP_MANAGER", "410105001"],
  ];
  const out: Record<string, string> = {};
  for (const [k, [label, tier, code]] of scopes.entries()) {
    const phone = `15${String(k).padStart(9, "0")}`;
    await ds.getRepository(Volunteer).update({ phone }, { tier, managedRegionCode: code });
    out[label] = phone;
  }
  return out;
}

async function gql(url: string, token: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: Record<string, { totalCount?: number; pageInfo?: { endCursor: string } }>;
    errors?: unknown[];
  };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

/**
 * The 科普员 list at scale: first page, a page 50 pages deep (keyset, so it should cost what page
 * 1 does) and totalCount, per scope, through HTTP + GraphQL as the SPA asks for them.
 */
export async function benchVolunteers(ds: DataSource, services: AppServices, gqlUrl: string, count: number): Promise<string> {
  const t0 = performance.now();
  await generate(ds, services, count);
  const genMs = performance.now() - t0;
  const phones = await managers(ds);
  const login = async (phone: string) => {
    const res = await fetch(gqlUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { login(phone: "${phone}", password: "${PASSWORD}") { token } }` }),
    });
    return ((await res.json()) as { data: { login: { token: string } } }).data.login.token;
  };
  const page = `query($after: String) { volunteers(first: 20, after: $after) { pageInfo { endCursor } edges { node { id realName phoneMasked region { path } } } } }`;
  const rows: Timing[] = [];
  for (const [label, phone] of Object.entries(phones)) {
    const token = await login(phone);
    rows.push(await time(`${label}: first page (20, with region paths)`, () => gql(gqlUrl, token, page), 30, 3));
    let after: string | null = null;
    for (let i = 0; i < 49; i++) after = (await gql(gqlUrl, token, page, { after })).volunteers.pageInfo!.endCursor;
    rows.push(await time(`${label}: page 50 via cursor`, () => gql(gqlUrl, token, page, { after }), 30, 3));
    rows.push(await time(`${label}: totalCount`, () => gql(gqlUrl, token, `{ volunteers(first: 1) { totalCount } }`), 10, 1));
  }
  return [
    `generated ${count} certified volunteers in ${(genMs / 1000).toFixed(1)} s (${Math.round(count / (genMs / 1000))}/s)`,
    formatTimings("科普员 list over HTTP/GraphQL", rows),
  ].join("\n");
}
