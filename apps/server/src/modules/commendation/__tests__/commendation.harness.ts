/** Shared set-up for the commendation suites: one server with the demo data per suite, tokens, documents. */
import type { DataSource } from "typeorm";
import { expect } from "vitest";
import { DomainEvent } from "../../../platform/events/domain-event.entity.js";
import { certifiedPerson } from "../../../test/people.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";
import { Volunteer } from "../../volunteer/volunteer.entity.js";

export const CHINESE = /[\u4e00-\u9fff]/;

/** The demo accounts (DEMO_DATA=1). */
export const DEMO = {
  province: "13800000000",
  zhengzhou: "13800000001", // CITY_MANAGER 4101
  jinshui: "13800000002", // COUNTY_MANAGER 410105
  jingbalu: "13800000003", // TOWNSHIP_MANAGER 410105001
  luoyang: "13800000004", // CITY_MANAGER 4103
  individual: "13800000009", // INDIVIDUAL, home 410105002
} as const;
export type DemoRole = keyof typeof DEMO;

export const NOMINATION_FIELDS = `id kind status cityCode nomineeName rank reason decisionComment canWithdraw canDecide
  region { code name } city { code } figures { score peers registrations shares points activityPosts registrationRatio }`;
export const ROUND_FIELDS = `id year status from to regionQuota individualQuota publishedAt
  cities { cityCode regionQuota individualQuota regionsUsed individualsUsed regionsRemaining individualsRemaining city { name } }
  myCity { cityCode regionsRemaining individualsRemaining }`;
export const OPEN = `mutation($input: OpenCommendationRoundInput!) { openCommendationRound(input: $input) { ${ROUND_FIELDS} } }`;
export const CLOSE = `mutation($year: Int!) { closeCommendationRound(year: $year) { id status } }`;
export const PUBLISH = `mutation($year: Int!) { publishCommendationRound(year: $year) { id status publishedAt } }`;
export const NOMINATE = `mutation($input: NominateInput!) { nominate(input: $input) { ${NOMINATION_FIELDS} } }`;
export const WITHDRAW = `mutation($id: ID!) { withdrawNomination(id: $id) { ${NOMINATION_FIELDS} } }`;
export const DECIDE = `mutation($id: ID!, $approve: Boolean!, $comment: String) { decideNomination(id: $id, approve: $approve, comment: $comment) { ${NOMINATION_FIELDS} } }`;
export const ROUND = `query($year: Int!, $status: NominationStatus) { commendationRound(year: $year) { ${ROUND_FIELDS}
  nominations(status: $status) { ${NOMINATION_FIELDS} } } }`;
export const ROLL = `query($year: Int!, $cityCode: String) { honourRoll(year: $year, cityCode: $cityCode) { year publishedAt
  entries { id kind cityCode name rank reason confirmedAt city { name } region { code name } figures { score points } } } }`;

export interface NominationView {
  id: string;
  kind: "REGION" | "VOLUNTEER";
  status: string;
  cityCode: string;
  nomineeName: string;
  rank: number | null;
  reason: string | null;
  decisionComment: string | null;
  canWithdraw: boolean;
  canDecide: boolean;
  region: { code: string; name: string };
  city: { code: string };
  figures: { score: number | null; peers: number | null; registrations: number | null; shares: number | null; points: number | null };
}
export interface CityView {
  cityCode: string;
  regionQuota: number;
  individualQuota: number;
  regionsUsed: number;
  individualsUsed: number;
  regionsRemaining: number;
  individualsRemaining: number;
}
export interface RoundView {
  id: string;
  year: number;
  status: string;
  from: string;
  to: string;
  regionQuota: number;
  individualQuota: number;
  publishedAt: string | null;
  cities: CityView[];
  myCity: { cityCode: string; regionsRemaining: number; individualsRemaining: number } | null;
  nominations?: NominationView[];
}

export const gid = (type: string, key: string | number) => Buffer.from(`${type}:${key}`, "utf8").toString("base64url");

export function expectError(r: GqlResponse, code: string, field?: string) {
  expect(r.errors, `expected ${code}, got ${JSON.stringify(r.data)}`).toBeDefined();
  const e = r.errors![0];
  expect(e.extensions?.code, JSON.stringify(e)).toBe(code);
  if (field !== undefined) expect(e.extensions?.field, JSON.stringify(e)).toBe(field);
  expect(e.message).toMatch(CHINESE);
  return e;
}

export function ok<T>(r: GqlResponse<T>): T {
  expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
  return r.data!;
}

export class Harness {
  s!: TestServer;
  t = {} as Record<DemoRole, string>;
  constructor(private readonly dialect: Parameters<typeof startTestServer>[0]) {}

  get ds(): DataSource {
    return this.s.running.ds;
  }

  /** `prepare` runs before the sign-ins: a long pause after them could meet a kept-alive socket the server just closed. */
  async start(prepare?: (h: Harness) => Promise<unknown>): Promise<void> {
    this.s = await startTestServer(this.dialect, { DEMO_DATA: "1" });
    await prepare?.(this);
    for (const [role, phone] of Object.entries(DEMO)) this.t[role as DemoRole] = await this.s.login(phone);
  }

  /** A certified volunteer made through the services (no HTTP sign-in needed). */
  person(phone: string, home: string): Promise<Volunteer> {
    return certifiedPerson(this.s.running.services, phone, home);
  }

  open(
    year: number,
    over: Record<string, unknown> = {},
    token = this.t.province,
  ): Promise<GqlResponse<{ openCommendationRound: RoundView }>> {
    return this.s.gql<{ openCommendationRound: RoundView }>(OPEN, { input: { year, ...over } }, token);
  }

  nominate(token: string, input: Record<string, unknown>): Promise<GqlResponse<{ nominate: NominationView }>> {
    return this.s.gql<{ nominate: NominationView }>(NOMINATE, { input }, token);
  }

  decide(
    id: string,
    approve: boolean,
    comment?: string,
    token = this.t.province,
  ): Promise<GqlResponse<{ decideNomination: NominationView }>> {
    return this.s.gql<{ decideNomination: NominationView }>(DECIDE, { id, approve, comment }, token);
  }

  async round(year: number, token: string, status?: string): Promise<RoundView | null> {
    return ok(await this.s.gql<{ commendationRound: RoundView | null }>(ROUND, { year, status }, token)).commendationRound;
  }

  events(type: string): Promise<DomainEvent[]> {
    return this.ds.getRepository(DomainEvent).find({ where: { type }, order: { id: "ASC" } });
  }
}

export const harness = (dialect: Parameters<typeof startTestServer>[0]) => new Harness(dialect);
