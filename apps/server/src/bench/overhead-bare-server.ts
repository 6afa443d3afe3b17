import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import Database from "better-sqlite3";
import DataLoader from "dataloader";
import {
  buildSchema,
  type DocumentNode,
  execute,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLSchema,
  parse,
  validate,
} from "graphql";
import mysql from "mysql2/promise";
import { type Actor, ANONYMOUS, canSeePhone, maskPhone, pageSize, RegionLevel, scopeOf, subtreeRange, Tier } from "@kepu/domain";
import type { DatabaseConfig } from "../config/config.js";
import { toGlobalId } from "../graphql/relay/global-id.js";
import { sessionActor, type SessionActorRow } from "../modules/auth/session-actor.js";
import { type Connection, connectionFromRows } from "../platform/pagination/connection.js";
import { encodeCursor } from "../platform/pagination/cursor.js";
import { verifyToken } from "../security/token.js";

/**
 * The cost floor the overhead benchmark compares the real server with: graphql-js `execute` on
 * `node:http`, the same database file, the same SQL statements, the same cursor and pageInfo
 * logic, parsed and validated documents cached. No framework, no ORM, no plugins, no logging, no
 * limits: only the happy path of the slice the benchmark sends (region, children, me, volunteers).
 */

type Query = (sql: string, params: unknown[]) => Promise<Record<string, unknown>[]>;

interface Ctx {
  actor: Actor;
  regionByCode: DataLoader<string, BareRegion | null>;
  volunteerById: DataLoader<number, BareVolunteer | null>;
  query: Query;
}

interface BareRegion {
  code: string;
  parentCode: string | null;
  name: string;
  level: string;
  depth: number;
  childCount: number;
  population: number | null;
}

interface BareVolunteer {
  dbId: number;
  phone: string;
  nickname: string | null;
  tier: string;
  regionCode: string | null;
  managedRegionCode: string | null;
  certifiedAt: unknown;
}

const SDL = `
  enum RegionLevel { ${Object.values(RegionLevel).join(" ")} }
  enum Tier { ${Object.values(Tier).join(" ")} }
  type PageInfo { hasNextPage: Boolean! hasPreviousPage: Boolean! startCursor: String endCursor: String }
  type Region { id: ID! code: String! name: String! level: RegionLevel! childCount: Int! population: Int
    children(first: Int, after: String): RegionConnection! }
  type RegionEdge { cursor: String! node: Region! }
  type RegionConnection { edges: [RegionEdge!]! pageInfo: PageInfo! totalCount: Int! }
  type Volunteer { id: ID! nickname: String tier: Tier! phone: String phoneMasked: String! certified: Boolean!
    region: Region managedRegion: Region }
  type VolunteerEdge { cursor: String! node: Volunteer! }
  type VolunteerConnection { edges: [VolunteerEdge!]! pageInfo: PageInfo! }
  type Query { region(code: String!): Region me: Volunteer volunteers(first: Int, after: String): VolunteerConnection! }
`;

// The same statements as region.loaders.ts, auth.service.ts and the volunteer list's query builder (minus unused columns).
const REGION_COLUMNS = `code, parent_code AS parentCode, name, level, depth, child_count AS childCount,
  own_population AS ownPopulation, own_population_source AS ownPopulationSource,
  population, population_source AS populationSource`;
const SESSION_SQL = `SELECT s.volunteer_id AS volunteerId, s.expires_at AS expiresAt, v.tier AS tier,
  v.managed_region_code AS managedRegionCode, CASE WHEN v.certified_at IS NULL THEN 0 ELSE 1 END AS certified
  FROM session s JOIN volunteer v ON v.id = s.volunteer_id WHERE s.id = ? AND s.revoked_at IS NULL`;
const VOLUNTEER_COLUMNS = `id AS dbId, phone, nickname, tier, region_code AS regionCode, managed_region_code AS managedRegionCode,
  certified_at AS certifiedAt`;

const toRegion = (r: Record<string, unknown>): BareRegion => ({
  code: r.code as string,
  parentCode: r.parentCode as string | null,
  name: r.name as string,
  level: r.level as string,
  depth: Number(r.depth),
  childCount: Number(r.childCount),
  population: r.population === null ? null : Number(r.population),
});
const toVolunteer = (r: Record<string, unknown>): BareVolunteer => ({ ...(r as unknown as BareVolunteer), dbId: Number(r.dbId) });
const marks = (n: number) => Array(n).fill("?").join(",");

function bareSchema(): GraphQLSchema {
  const schema = buildSchema(SDL);
  const on = (type: string, resolvers: Record<string, GraphQLFieldResolver<never, Ctx, never>>) => {
    const fields = (schema.getType(type) as GraphQLObjectType).getFields();
    for (const [name, resolve] of Object.entries(resolvers)) fields[name].resolve = resolve as GraphQLFieldResolver<unknown, Ctx>;
  };
  on("Query", {
    region: (_root, { code }: { code: string }, ctx) => ctx.regionByCode.load(code),
    me: (_root, _args, ctx) => (ctx.actor.kind === "volunteer" ? ctx.volunteerById.load(Number(ctx.actor.volunteerId)) : null),
    volunteers: async (_root, { first }: { first?: number | null }, ctx): Promise<Connection<BareVolunteer>> => {
      const scope = scopeOf(ctx.actor);
      if (scope.kind !== "subtree") throw new Error("the bare reference serves region-scoped managers only");
      const limit = pageSize(first);
      const { low, high } = subtreeRange(scope.code);
      const rows = await ctx.query(
        `SELECT ${VOLUNTEER_COLUMNS} FROM volunteer WHERE (region_code >= ? AND region_code < ?) ORDER BY id DESC LIMIT ?`,
        [low, high, limit + 1],
      );
      return connectionFromRows(
        rows.map(toVolunteer),
        limit,
        (v) => encodeCursor([v.dbId]),
        () => 0,
      );
    },
  });
  on("Region", {
    id: (r: BareRegion) => toGlobalId("Region", r.code),
    children: async (r: BareRegion, { first }: { first?: number | null }, ctx): Promise<Connection<BareRegion>> => {
      const limit = pageSize(first);
      const rows = await ctx.query(`SELECT ${REGION_COLUMNS} FROM region WHERE parent_code IN (?) ORDER BY code LIMIT ?`, [
        r.code,
        limit + 1,
      ]);
      const regions = rows.map(toRegion);
      regions.forEach((c) => ctx.regionByCode.prime(c.code, c));
      return connectionFromRows(
        regions,
        limit,
        (c) => encodeCursor([c.code]),
        () => r.childCount,
      );
    },
  });
  on("Volunteer", {
    id: (v: BareVolunteer) => toGlobalId("Volunteer", v.dbId),
    phone: (v: BareVolunteer, _args, ctx) => (canSeePhone(ctx.actor, { volunteerId: String(v.dbId) }) ? v.phone : null),
    phoneMasked: (v: BareVolunteer) => maskPhone(v.phone),
    certified: (v: BareVolunteer) => v.certifiedAt !== null,
    region: (v: BareVolunteer, _args, ctx) => (v.regionCode ? ctx.regionByCode.load(v.regionCode) : null),
    managedRegion: (v: BareVolunteer, _args, ctx) => (v.managedRegionCode ? ctx.regionByCode.load(v.managedRegionCode) : null),
  });
  return schema;
}

/** Same SQL on either database: better-sqlite3 prepared statements (cached per text), or a mysql2 pool of 10. */
function openDatabase(db: DatabaseConfig): { query: Query; close: () => Promise<void> } {
  if (db.kind === "sqlite") {
    const conn = new Database(db.file, { fileMustExist: true });
    conn.pragma("journal_mode = WAL");
    const statements = new Map<string, Database.Statement>();
    return {
      query: async (sql, params) => {
        let st = statements.get(sql);
        if (!st) statements.set(sql, (st = conn.prepare(sql)));
        return st.all(...params) as Record<string, unknown>[];
      },
      close: async () => {
        conn.close();
      },
    };
  }
  const pool = mysql.createPool({ uri: db.url, connectionLimit: 10, timezone: "Z", supportBigNumbers: true });
  return {
    query: async (sql, params) => (await pool.query(sql, params))[0] as Record<string, unknown>[],
    close: () => pool.end(),
  };
}

export async function startBareServer(
  db: DatabaseConfig,
  jwtSecret: Buffer,
): Promise<{ server: Server; port: number; stop: () => Promise<void> }> {
  const schema = bareSchema();
  const { query, close } = openDatabase(db);
  const documents = new Map<string, DocumentNode>();

  async function actorOf(req: IncomingMessage): Promise<Actor | null> {
    const header = req.headers.authorization;
    if (!header) return ANONYMOUS;
    const claims = verifyToken(header.slice(7), jwtSecret);
    if (!claims) return null;
    const [row] = await query(SESSION_SQL, [claims.sid]);
    if (!row || String(row.volunteerId) !== claims.sub) return null;
    return sessionActor(row as unknown as SessionActorRow);
  }

  async function handle(req: IncomingMessage, res: ServerResponse, body: string) {
    const send = (status: number, payload: unknown) => {
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(payload));
    };
    if (req.method !== "POST" || req.url !== "/graphql") return send(404, { errors: [{ message: "not found" }] });
    const { query: source, variables } = JSON.parse(body) as { query: string; variables?: Record<string, unknown> };
    let document = documents.get(source);
    if (!document) {
      document = parse(source);
      const errors = validate(schema, document);
      if (errors.length) return send(400, { errors });
      documents.set(source, document);
    }
    const actor = await actorOf(req);
    if (!actor) return send(401, { errors: [{ message: "UNAUTHENTICATED" }] });
    const regionByCode = new DataLoader<string, BareRegion | null>(async (codes) => {
      const rows = await query(`SELECT ${REGION_COLUMNS} FROM region WHERE code IN (${marks(codes.length)})`, [...codes]);
      const found = new Map(rows.map((r) => [r.code as string, toRegion(r)]));
      return codes.map((c) => found.get(c) ?? null);
    });
    const volunteerById = new DataLoader<number, BareVolunteer | null>(async (ids) => {
      const rows = await query(`SELECT ${VOLUNTEER_COLUMNS} FROM volunteer WHERE id IN (${marks(ids.length)})`, [...ids]);
      const found = new Map(rows.map((r) => [Number(r.dbId), toVolunteer(r)]));
      return ids.map((id) => found.get(id) ?? null);
    });
    const result = await execute({
      schema,
      document,
      variableValues: variables,
      contextValue: { actor, regionByCode, volunteerById, query },
    });
    send(200, result);
  }

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      handle(req, res, Buffer.concat(chunks).toString("utf8")).catch((err: unknown) => {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: String(err) }] }));
      });
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  return {
    server,
    port,
    stop: async () => {
      await new Promise<void>((ok) => server.close(() => ok()));
      await close();
    },
  };
}
