import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../test/test-server.js";
import { AuditLogEntry } from "../../modules/audit/audit-log.entity.js";
import { ManagerApplicationService } from "../../modules/manager-application/manager-application.service.js";
import { Volunteer } from "../../modules/volunteer/volunteer.entity.js";
import { actingAs, certifiedPerson } from "../../test/people.js";

const gid = (type: string, key: string) => Buffer.from(`${type}:${key}`, "utf8").toString("base64url");
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;

/** The audit row as the console shows it, without what differs between two writes (ids, times, request ids). */
const comparable = (e: AuditLogEntry) => ({
  action: e.action,
  targetType: e.targetType,
  regionCode: e.regionCode,
  before: e.before,
  after: e.after ? Object.keys(JSON.parse(e.after)).sort() : null,
});

describe.each(testDialects())("seams on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let seq = 0;
  const asJob = (phone: string) => actingAs(s.running.services, phone, `job:test:${++seq}`);
  const auditOf = (targetType: string, targetId: number | string, action: string) =>
    s.running.ds
      .getRepository(AuditLogEntry)
      .findOneByOrFail({ targetType, targetId: String(targetId), action: action as AuditLogEntry["action"] });
  const person = (phone: string, home: string) => certifiedPerson(s.running.services, phone, home);

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    province = await s.login("13800000000");
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("runs a service outside any HTTP request (as a job would) with the same result and the same audit row as through GraphQL", async () => {
    const [viaApi, viaJob] = [await person("13955500001", "410105002"), await person("13955500002", "410105002")];
    const apply = `mutation { applyForManager(input: { tier: TOWNSHIP_MANAGER, regionCode: "410105002", reason: "愿意服务" }) { id } }`;
    // the first applies over HTTP (a session of its own), the second through the service
    await s.running.ds
      .getRepository(Volunteer)
      .update(
        { dbId: viaApi.dbId },
        { passwordHash: (await s.running.ds.getRepository(Volunteer).findOneByOrFail({ phone: "13800000009" })).passwordHash },
      );
    const token = await s.login("13955500001");
    const applied = await s.gql<{ applyForManager: { id: string } }>(apply, {}, token);
    expect(applied.errors).toBeUndefined();
    const jobApp = await new ManagerApplicationService(await asJob("13955500002")).apply({
      tier: "TOWNSHIP_MANAGER",
      regionCode: "410105002",
      reason: "愿意服务",
    });

    const decide = `mutation($id: ID!) { decideManagerApplication(id: $id, approve: true, comment: "同意") { status decisionComment } }`;
    const api = await s.gql<{ decideManagerApplication: { status: string; decisionComment: string } }>(
      decide,
      { id: applied.data!.applyForManager.id },
      province,
    );
    const job = await new ManagerApplicationService(await asJob("13800000000")).decide(jobApp.dbId, true, "同意");
    expect(api.data!.decideManagerApplication).toEqual({ status: job.status, decisionComment: job.decisionComment });

    const apiAppId = Buffer.from(applied.data!.applyForManager.id, "base64url").toString().split(":")[1];
    for (const action of ["MANAGER_APPLICATION_SUBMITTED", "MANAGER_APPLICATION_APPROVED"]) {
      expect(comparable(await auditOf("ManagerApplication", jobApp.dbId, action))).toEqual(
        comparable(await auditOf("ManagerApplication", apiAppId, action)),
      );
    }
    const [apiRole, jobRole] = [
      await auditOf("Volunteer", viaApi.dbId, "ROLE_CHANGED"),
      await auditOf("Volunteer", viaJob.dbId, "ROLE_CHANGED"),
    ];
    expect(comparable(jobRole)).toEqual(comparable(apiRole));
    expect(jobRole.actorId).toBe(apiRole.actorId); // both decided by the province's account
    expect(await s.running.ds.getRepository(Volunteer).findOneByOrFail({ dbId: viaJob.dbId })).toMatchObject({
      tier: "TOWNSHIP_MANAGER",
      managedRegionCode: "410105002",
    });
  });

  it("answers BAD_USER_INPUT (never INTERNAL_SERVER_ERROR) for well-formed ids with a bad key", async () => {
    const decide = `mutation($id: ID!) { decideManagerApplication(id: $id, approve: false) { id } }`;
    const revoke = `mutation($id: ID!) { revokeManager(volunteerId: $id) { id } }`;
    for (const key of ["abc", "NaN", "Infinity", "'", "1 OR 1=1", "1e0", "0x1", " 1", "-1", "0", "01", "99999999999"]) {
      const d = await s.gql(decide, { id: gid("ManagerApplication", key) }, province);
      const r = await s.gql(revoke, { id: gid("Volunteer", key) }, province);
      expect([code(d), code(r)], key).toEqual(["BAD_USER_INPUT", "BAD_USER_INPUT"]);
    }
    // node(id) with such a key is simply not found
    const n = await s.gql<{ node: null }>(`query($id: ID!) { node(id: $id) { id } }`, { id: gid("Volunteer", "1e0") }, province);
    expect(n.errors).toBeUndefined();
    expect(n.data!.node).toBeNull();
  });

  it("rejects an over-long revoke reason instead of cutting it, and changes nothing", async () => {
    const target = await s.running.ds.getRepository(Volunteer).findOneByOrFail({ phone: "13800000003" });
    const revoke = `mutation($id: ID!, $reason: String) { revokeManager(volunteerId: $id, reason: $reason) { tier } }`;
    const r = await s.gql(revoke, { id: gid("Volunteer", String(target.dbId)), reason: "理".repeat(201) }, province);
    expect(code(r)).toBe("BAD_USER_INPUT");
    expect(r.errors![0].extensions?.field).toBe("reason");
    expect((await s.running.ds.getRepository(Volunteer).findOneByOrFail({ dbId: target.dbId })).tier).toBe("TOWNSHIP_MANAGER");
  });
});
