import { EventType } from "@kepu/domain";

/**
 * What the KPI engine reads from each event (docs/kpis.md, "Which events count"): one definition for
 * the drain and the recount of `rollup rebuild`/`verify`.
 */

/** Additive counters of kpi_daily / kpi_monthly, by the event type that feeds each. */
export const COUNTER_COLUMNS = ["registrations", "shares", "activity_posts", "check_ins", "comments", "society_posts"] as const;
export type CounterColumn = (typeof COUNTER_COLUMNS)[number];

export const COUNTED_TYPES: Readonly<Record<string, CounterColumn>> = {
  [EventType.VOLUNTEER_CERTIFIED]: "registrations",
  [EventType.SHARE_RECORDED]: "shares",
  [EventType.ACTIVITY_PUBLISHED]: "activity_posts",
  [EventType.CHECK_IN]: "check_ins",
  [EventType.COMMENT_POSTED]: "comments",
  [EventType.SOCIETY_POST]: "society_posts",
};

/** The actions that make a volunteer active (活跃人数). */
export const ACTION_TYPES: readonly EventType[] = [
  EventType.CHECK_IN,
  EventType.SHARE_RECORDED,
  EventType.COMMENT_POSTED,
  EventType.ACTIVITY_PUBLISHED,
  EventType.SOCIETY_POST,
];

/** Everything the kpi drain reads. */
export const KPI_EVENT_TYPES: readonly EventType[] = [...(Object.keys(COUNTED_TYPES) as EventType[]), EventType.REGION_POPULATION_CHANGED];

export interface KpiEventRow {
  type: string;
  actorKind: string;
  actorId: string | null;
  regionCode: string | null;
  day: string;
  payload: Record<string, unknown>;
}

export interface ActionFact {
  volunteerId: number;
  day: string;
  region: string;
}

const asId = (v: unknown): number | null => {
  const n = typeof v === "number" ? v : typeof v === "string" && /^\d{1,10}$/.test(v) ? Number(v) : Number.NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};
const asCode = (v: unknown): string | null => (typeof v === "string" && v.length > 0 && v.length <= 12 ? v : null);

/**
 * Who acted and in which home region. The actor of an activity's publication is its reviewer, so
 * the author (`payload.authorId`, home `payload.authorRegionCode`) is the one made active. A
 * society post's `region_code` is the society's; the author's home (`payload.authorRegionCode`)
 * is used when the event carries it.
 */
export function actionOf(e: KpiEventRow): ActionFact | null {
  if (!ACTION_TYPES.includes(e.type as EventType)) return null;
  let volunteerId: number | null;
  let region: string | null;
  if (e.type === EventType.ACTIVITY_PUBLISHED) {
    volunteerId = asId(e.payload.authorId);
    region = asCode(e.payload.authorRegionCode);
  } else {
    volunteerId = e.actorKind === "volunteer" ? asId(e.actorId) : null;
    region = e.type === EventType.SOCIETY_POST ? (asCode(e.payload.authorRegionCode) ?? e.regionCode) : e.regionCode;
  }
  return volunteerId !== null && region ? { volunteerId, day: e.day, region } : null;
}

const list = (types: readonly string[]) => types.map((t) => `'${t}'`).join(", ");

/** `type IN (...)` of the counted types, for SQL. */
export const countedTypesSql = () => list(Object.keys(COUNTED_TYPES));

/** `SUM(CASE WHEN type = … THEN 1 ELSE 0 END) AS column` for each counter. */
export function counterSumsSql(typeExpr = "e.type"): string {
  return COUNTER_COLUMNS.map((c) => {
    const types = Object.entries(COUNTED_TYPES)
      .filter(([, col]) => col === c)
      .map(([t]) => t);
    return `SUM(CASE WHEN ${typeExpr} IN (${list(types)}) THEN 1 ELSE 0 END) AS ${c}`;
  }).join(", ");
}
