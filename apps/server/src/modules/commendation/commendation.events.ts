import { EventType } from "@kepu/domain";
import type { EventInput } from "../../platform/events/outbox.js";
import type { CommendationNomination, CommendationRound } from "./commendation.entity.js";

// One builder per event (docs/events.md): the key follows from the row, so a retried write re-emits the same key.

/** A round belongs to the whole province. */
const PROVINCE = "41";

type RoundFacts = Pick<CommendationRound, "dbId" | "year">;

const roundEvent = (type: EventType, r: RoundFacts, key: string, payload: EventInput["payload"] = {}): EventInput => ({
  type,
  subjectType: "CommendationRound",
  subjectId: r.dbId,
  regionCode: PROVINCE,
  idempotencyKey: key,
  payload: { year: r.year, ...payload },
});

export const commendationOpened = (r: CommendationRound) =>
  roundEvent(EventType.COMMENDATION_OPENED, r, `commendation-opened:${r.year}`, {
    from: r.from,
    to: r.to,
    regionQuota: r.regionQuota,
    individualQuota: r.individualQuota,
  });

export const commendationClosed = (r: RoundFacts) => roundEvent(EventType.COMMENDATION_CLOSED, r, `commendation-closed:${r.year}`);

export const commendationPublished = (r: RoundFacts, confirmed: number) =>
  roundEvent(EventType.COMMENDATION_PUBLISHED, r, `commendation-published:${r.year}`, { confirmed });

type NominationFacts = Pick<CommendationNomination, "dbId" | "roundId" | "cityCode" | "kind" | "regionCode" | "volunteerId" | "revision">;

/** Region: the nominated region, or the volunteer's home then. No names: ids and codes only. */
const nominationEvent = (
  type: EventType,
  n: NominationFacts,
  year: number,
  key: string,
  payload: EventInput["payload"] = {},
): EventInput => ({
  type,
  subjectType: "CommendationNomination",
  subjectId: n.dbId,
  regionCode: n.regionCode,
  idempotencyKey: key,
  payload: { year, roundId: n.roundId, cityCode: n.cityCode, kind: n.kind, volunteerId: n.volunteerId, ...payload },
});

/** One per activation (a withdrawn nomination may be nominated again: revision + 1). */
export const commendationNominated = (n: NominationFacts, year: number, rank: number | null) =>
  nominationEvent(EventType.COMMENDATION_NOMINATED, n, year, `commendation-nominated:${n.dbId}:${n.revision}`, { rank });

export const commendationWithdrawn = (n: NominationFacts, year: number) =>
  nominationEvent(EventType.COMMENDATION_WITHDRAWN, n, year, `commendation-withdrawn:${n.dbId}:${n.revision}`);

/** A decision is final: one per nomination. */
export const commendationDecided = (n: NominationFacts, year: number, approve: boolean, comment: string | null) =>
  nominationEvent(
    approve ? EventType.COMMENDATION_CONFIRMED : EventType.COMMENDATION_REJECTED,
    n,
    year,
    `commendation-decided:${n.dbId}:${n.revision}`,
    { comment },
  );
