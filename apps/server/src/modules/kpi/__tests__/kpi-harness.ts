import { addDays, EventType, volunteerActor } from "@kepu/domain";
import type { DataSource } from "typeorm";
import { dialectOf } from "../../../db/data-source.js";
import type { AppServices } from "../../../platform/app-services.js";
import { RequestContext } from "../../../platform/request-context.js";

/** A deterministic pseudo-random source (mulberry32), so a failing mix can be replayed. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Homes the test volunteers live in: villages, townships and counties of three cities (two under 金水区). */
export const HOMES = [
  "410105001003", // 金水区 经八路街道 体育社区
  "410105001006",
  "410105002",
  "410105",
  "410102001002", // 中原区
  "410102002",
  "410302001", // 洛阳 老城区
  "419001001001", // 济源示范区 (a city-level unit without counties): a village
  "410105003",
];
export const SOCIETY_REGIONS = ["410105", "410302", "4101"];

export interface EmittedAction {
  volunteerId: number;
  day: string;
  region: string;
}

export interface MixResult {
  actions: EmittedAction[];
  /** (type, region_code, day) of every counted event */
  counted: { type: string; region: string; day: string }[];
}

const at = (day: string) => new Date(`${day}T04:00:00Z`); // noon in Shanghai

/**
 * Emits a random mix of KPI events through the real unit of work, out of day order: certifications,
 * shares, check-ins, comments, society posts (sometimes with the author's home, sometimes only the
 * society's region) and activity publications (actor: the reviewer; author in the payload).
 */
export async function emitMix(app: AppServices, seed: number, count: number, firstId = 900_000, days = 120): Promise<MixResult> {
  const random = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const base = "2025-01-01";
  const people = Array.from({ length: 25 }, (_, i) => ({ id: firstId + i, home: HOMES[i % HOMES.length] }));
  const result: MixResult = { actions: [], counted: [] };
  const system = RequestContext.system(app, "test:kpi");
  // Certifications (one per person; a few people never certify but still act).
  for (const p of people.slice(0, 22)) {
    const day = addDays(base, Math.floor(random() * days));
    const stored = await system.write((tx) =>
      tx.emit({
        type: EventType.VOLUNTEER_CERTIFIED,
        subjectType: "Volunteer",
        subjectId: p.id,
        regionCode: p.home,
        idempotencyKey: `test:cert:${p.id}`,
        occurredAt: at(day),
      }),
    );
    // A person certified by an earlier mix keeps that first certification (the key is per person).
    if (stored) result.counted.push({ type: EventType.VOLUNTEER_CERTIFIED, region: p.home, day });
  }
  for (let n = 0; n < count; n++) {
    const p = pick(people);
    const day = addDays(base, Math.floor(random() * days));
    const as = new RequestContext(
      app,
      volunteerActor({ volunteerId: String(p.id), tier: "INDIVIDUAL", managedRegionCode: null, certified: true }),
      `test:${seed}:${n}`,
    );
    const kind = random();
    const key = `test:${seed}:${n}`;
    if (kind < 0.35) {
      await as.write((tx) =>
        tx.emit({
          type: EventType.CHECK_IN,
          subjectType: "Volunteer",
          subjectId: p.id,
          regionCode: p.home,
          idempotencyKey: key,
          occurredAt: at(day),
        }),
      );
      result.actions.push({ volunteerId: p.id, day, region: p.home });
      result.counted.push({ type: EventType.CHECK_IN, region: p.home, day });
    } else if (kind < 0.7) {
      await as.write((tx) =>
        tx.emit({
          type: EventType.SHARE_RECORDED,
          subjectType: "ShareEvent",
          subjectId: n,
          regionCode: p.home,
          idempotencyKey: key,
          payload: { sharerId: p.id, platform: "WECHAT" },
          occurredAt: at(day),
        }),
      );
      result.actions.push({ volunteerId: p.id, day, region: p.home });
      result.counted.push({ type: EventType.SHARE_RECORDED, region: p.home, day });
    } else if (kind < 0.8) {
      await as.write((tx) =>
        tx.emit({
          type: EventType.COMMENT_POSTED,
          subjectType: "Comment",
          subjectId: n,
          regionCode: p.home,
          idempotencyKey: key,
          occurredAt: at(day),
        }),
      );
      result.actions.push({ volunteerId: p.id, day, region: p.home });
      result.counted.push({ type: EventType.COMMENT_POSTED, region: p.home, day });
    } else if (kind < 0.9) {
      const society = pick(SOCIETY_REGIONS);
      const withHome = random() < 0.5;
      await as.write((tx) =>
        tx.emit({
          type: EventType.SOCIETY_POST,
          subjectType: "SocietyPost",
          subjectId: n,
          regionCode: society,
          idempotencyKey: key,
          payload: withHome ? { societyId: 1, authorRegionCode: p.home } : { societyId: 1 },
          occurredAt: at(day),
        }),
      );
      result.actions.push({ volunteerId: p.id, day, region: withHome ? p.home : society });
      result.counted.push({ type: EventType.SOCIETY_POST, region: society, day });
    } else {
      const held = pick(HOMES);
      await system.write((tx) =>
        tx.emit({
          type: EventType.ACTIVITY_PUBLISHED,
          subjectType: "Activity",
          subjectId: n,
          regionCode: held,
          idempotencyKey: key,
          payload: { kind: "LOCAL", authorId: p.id, societyId: null, authorRegionCode: p.home, directly: false },
          occurredAt: at(day),
        }),
      );
      result.actions.push({ volunteerId: p.id, day, region: p.home });
      result.counted.push({ type: EventType.ACTIVITY_PUBLISHED, region: held, day });
    }
  }
  return result;
}

/** Distinct volunteers acting in [from, to) in the subtree of `code`, from the test's own record. */
export function expectedActive(actions: readonly EmittedAction[], code: string, from: string, to: string): number {
  return new Set(actions.filter((a) => a.region.startsWith(code) && a.day >= from && a.day < to).map((a) => a.volunteerId)).size;
}

/** The same as a raw COUNT(DISTINCT …) over domain_event (no rollup involved). */
export async function rawActive(ds: DataSource, code: string, from: string, to: string): Promise<number> {
  const mariadb = dialectOf(ds) === "mariadb";
  const json = (p: string) => (mariadb ? `JSON_VALUE(payload, '$.${p}')` : `json_extract(payload, '$.${p}')`);
  const sql = `SELECT COUNT(DISTINCT v) AS n FROM (
      SELECT CASE WHEN type = 'ACTIVITY_PUBLISHED' THEN CAST(${json("authorId")} AS ${mariadb ? "SIGNED" : "INTEGER"}) ELSE CAST(actor_id AS ${mariadb ? "SIGNED" : "INTEGER"}) END AS v,
             CASE WHEN type = 'ACTIVITY_PUBLISHED' THEN ${json("authorRegionCode")}
                  WHEN type = 'SOCIETY_POST' THEN COALESCE(${json("authorRegionCode")}, region_code) ELSE region_code END AS r
      FROM domain_event
      WHERE type IN ('CHECK_IN', 'SHARE_RECORDED', 'COMMENT_POSTED', 'SOCIETY_POST', 'ACTIVITY_PUBLISHED') AND day >= ? AND day < ?
        AND (type = 'ACTIVITY_PUBLISHED' OR actor_kind = 'volunteer')) x
    WHERE x.r >= ? AND x.r < ?`;
  const [{ n }] = (await ds.query(sql, [from, to, code, `${code}z`])) as { n: unknown }[];
  return Number(n);
}

/** A raw count of events of `type` in the subtree of `code` over [from, to). */
export async function rawCount(ds: DataSource, type: string, code: string, from: string, to: string): Promise<number> {
  const [{ n }] = (await ds.query(
    "SELECT COUNT(*) AS n FROM domain_event WHERE type = ? AND region_code >= ? AND region_code < ? AND day >= ? AND day < ?",
    [type, code, `${code}z`, from, to],
  )) as { n: unknown }[];
  return Number(n);
}
