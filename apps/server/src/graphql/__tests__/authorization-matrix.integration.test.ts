import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWithin } from "@kepu/domain";
import { createSchema } from "../schema.js";
import { markSuiteRan, testDialects } from "../../test/databases.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../test/test-server.js";
import { RequestContext } from "../../platform/request-context.js";
import { ManagerApplicationService } from "../../modules/manager-application/manager-application.service.js";
import { Volunteer } from "../../modules/volunteer/volunteer.entity.js";
import { actingAs, certifiedPerson } from "../../test/people.js";

/**
 * The authorization matrix: every query and mutation in the schema × every role → allow, deny or
 * filtered. The operation list comes from the schema itself, so a new operation without a row
 * here fails this test. (Region-bounded API keys join the roles when keys exist.)
 */
type Role = "anonymous" | "individual" | "township" | "county" | "city" | "otherCity" | "province";
type Expect = "allow" | "deny" | "filtered";

const phones: Record<Exclude<Role, "anonymous">, string> = {
  individual: "13800000009",
  township: "13800000003", // 经八路街道 410105001
  county: "13800000002", // 金水区 410105
  city: "13800000001", // 郑州市 4101
  otherCity: "13800000004", // 洛阳市 4103
  province: "13800000000",
};
const managed: Partial<Record<Role, string>> = { township: "410105001", county: "410105", city: "4101", otherCity: "4103" };
const roles = ["anonymous", ...Object.keys(phones)] as Role[];

const all = (e: Expect): Record<Role, Expect> => Object.fromEntries(roles.map((r) => [r, e])) as Record<Role, Expect>;
const signedIn = { ...all("allow"), anonymous: "deny" } as Record<Role, Expect>;
const managers = { ...all("filtered"), anonymous: "deny", individual: "deny", province: "allow" } as Record<Role, Expect>;
const provinceOnly = { ...all("deny"), province: "allow" } as Record<Role, Expect>;

interface Row {
  query: string;
  variables?: Record<string, unknown>;
  expect: Record<Role, Expect>;
  /** For "filtered": region codes the caller got back, each must lie in the caller's managed region. */
  regions?: (data: Record<string, unknown>) => string[];
  /** needs a throwaway session (the operation ends it) */
  freshToken?: boolean;
}

const badId = Buffer.from("ManagerApplication:999999").toString("base64url");
const volunteerId = Buffer.from("Volunteer:999999").toString("base64url");
const contentId = Buffer.from("Content:999999").toString("base64url");
const commentId = Buffer.from("Comment:999999").toString("base64url");
const societyId = Buffer.from("Society:999999").toString("base64url");
const societyMemberId = Buffer.from("SocietyMember:999999").toString("base64url");
const societyPostId = Buffer.from("SocietyPost:999999").toString("base64url");

const matrix: Record<string, Row> = {
  me: { query: `{ me { id } }`, expect: all("allow") },
  node: { query: `{ node(id: "${Buffer.from("Region:41").toString("base64url")}") { id } }`, expect: all("allow") },
  nodes: { query: `{ nodes(ids: ["${Buffer.from("Region:41").toString("base64url")}"]) { id } }`, expect: all("allow") },
  region: { query: `{ region(code: "4101") { name } }`, expect: all("allow") },
  regions: { query: `{ regions(first: 1) { totalCount } }`, expect: all("allow") },
  volunteers: {
    query: `{ volunteers(first: 100) { edges { node { region { code } } } } }`,
    expect: managers,
    regions: (d) =>
      (d.volunteers as { edges: { node: { region: { code: string } | null } }[] }).edges.map((e) => e.node.region?.code ?? "none"),
  },
  managerApplications: {
    query: `{ managerApplications(decidable: true, first: 100) { edges { node { region { code } } } } }`,
    expect: { ...managers, individual: "allow" },
    regions: (d) => (d.managerApplications as { edges: { node: { region: { code: string } } }[] }).edges.map((e) => e.node.region.code),
  },
  auditLogs: { query: `{ auditLogs(first: 5) { totalCount } }`, expect: provinceOnly },
  register: { query: `mutation { register(input: { phone: "123", password: "x" }) { token } }`, expect: all("allow") },
  login: { query: `mutation { login(phone: "13700000004", password: "Kepu@2026") { token } }`, expect: all("allow") },
  logout: { query: `mutation { logout }`, expect: signedIn, freshToken: true },
  changePassword: {
    query: `mutation { changePassword(oldPassword: "not-mine-1", newPassword: "Another2026") { token } }`,
    expect: signedIn,
  },
  certify: { query: `mutation { certify(input: { realName: "测试", idNumber: "1", regionCode: "410105" }) { id } }`, expect: signedIn },
  applyForManager: {
    query: `mutation { applyForManager(input: { tier: INDIVIDUAL, regionCode: "41" }) { id } }`,
    // individual demo account is certified; province needs no application but passes the role check
    expect: signedIn,
  },
  decideManagerApplication: {
    query: `mutation { decideManagerApplication(id: "${badId}", approve: false) { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  // Only one's own pending application; someone else's id answers NOT_FOUND (not a denial code).
  withdrawManagerApplication: { query: `mutation { withdrawManagerApplication(id: "${badId}") { id } }`, expect: signedIn },
  revokeManager: { query: `mutation { revokeManager(volunteerId: "${volunteerId}") { id } }`, expect: { ...signedIn, individual: "deny" } },
  setRegionPopulation: { query: `mutation { setRegionPopulation(code: "4199", population: 1) { code } }`, expect: provinceOnly },
  // KPIs (issue 12): asked for 经八路街道 410105001, inside the township, county and city managers' regions, outside 洛阳's.
  regionKpis: {
    query: `{ regionKpis(regionCode: "410105001", from: "2025-01-01", to: "2025-02-01") { region { code } shares } }`,
    expect: { ...managers, otherCity: "deny" },
    regions: (d) => (d.regionKpis as { region: { code: string } }[]).map((k) => k.region.code),
  },
  kpiSeries: {
    query: `{ kpiSeries(regionCode: "410105001", from: "2025-01-01", to: "2025-03-01", granularity: MONTH) { shares } }`,
    expect: { ...managers, otherCity: "deny" },
  },
  kpiTargets: {
    query: `{ kpiTargets(regionCode: "410105001") { region { code } atRisk } }`,
    expect: { ...managers, otherCity: "deny" },
    regions: (d) => (d.kpiTargets as { region: { code: string } }[]).map((k) => k.region.code),
  },
  kpiRanking: {
    query: `{ kpiRanking(regionCode: "410105001", from: "2025-01-01", to: "2025-02-01") { rank region { code } } }`,
    expect: { ...managers, otherCity: "deny" },
    regions: (d) => (d.kpiRanking as { region: { code: string } }[]).map((k) => k.region.code),
  },
  // Bulletins (issue 12, item 5): for 经八路街道 410105001, inside every manager's region but 洛阳's; an unknown id is null;
  // generateBulletin asks for a month not over yet, so callers in scope get BAD_USER_INPUT (scope is checked first).
  bulletins: {
    query: `{ bulletins(regionCode: "410105001", withSubregions: true, first: 100) { edges { node { region { code } } } } }`,
    expect: { ...managers, otherCity: "deny" },
    regions: (d) => (d.bulletins as { edges: { node: { region: { code: string } } }[] }).edges.map((e) => e.node.region.code),
  },
  bulletin: { query: `{ bulletin(id: "${Buffer.from("Bulletin:999999").toString("base64url")}") { id } }`, expect: managers },
  generateBulletin: {
    query: `mutation { generateBulletin(input: { regionCode: "410105001", periodKind: MONTH, from: "2099-01-01", to: "2099-02-01", clientRequestId: "matrix-0001" }) { id } }`,
    expect: { ...managers, otherCity: "deny" },
  },
  // 年度表彰 (issue 12): no round exists for these years, so allowed callers get NOT_FOUND / BAD_USER_INPUT and nothing changes.
  commendationRound: {
    query: `{ commendationRound(year: 2025) { id nominations { region { code } } } }`,
    expect: managers,
    regions: (d) =>
      ((d.commendationRound as { nominations: { region: { code: string } }[] } | null)?.nominations ?? []).map((n) => n.region.code),
  },
  commendationRounds: { query: `{ commendationRounds { year } }`, expect: managers },
  honourRoll: { query: `{ honourRoll(year: 2025) { year } }`, expect: managers },
  topVolunteers: {
    query: `{ topVolunteers(regionCode: "410105001", from: "2025-01-01", to: "2025-02-01") { rank region { code } } }`,
    expect: { ...managers, otherCity: "deny" },
  },
  demonstrationEligible: {
    query: `{ demonstrationEligible(regionCode: "410105001", level: VILLAGE, onlyEligible: false) { rows { region { code } } } }`,
    expect: { ...managers, otherCity: "deny" },
    regions: (d) => (d.demonstrationEligible as { rows: { region: { code: string } }[] }).rows.map((r) => r.region.code),
  },
  openCommendationRound: { query: `mutation { openCommendationRound(input: { year: 1999 }) { id } }`, expect: provinceOnly },
  closeCommendationRound: { query: `mutation { closeCommendationRound(year: 2031) { id } }`, expect: provinceOnly },
  publishCommendationRound: { query: `mutation { publishCommendationRound(year: 2031) { id } }`, expect: provinceOnly },
  // 金水区 is 郑州's: only 郑州's city manager (and the province on its behalf) may nominate it.
  nominate: {
    query: `mutation { nominate(input: { year: 2031, regionCode: "410105" }) { id } }`,
    expect: { ...all("deny"), city: "allow", province: "allow" },
  },
  withdrawNomination: {
    query: `mutation { withdrawNomination(id: "${Buffer.from("CommendationNomination:999999").toString("base64url")}") { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  decideNomination: {
    query: `mutation { decideNomination(id: "${Buffer.from("CommendationNomination:999999").toString("base64url")}", approve: true) { id } }`,
    expect: provinceOnly,
  },
  // Points (issue 11 A): unknown volunteer ids answer NOT_FOUND and the rules input is invalid, so nothing changes for allowed callers.
  checkIn: { query: `mutation { checkIn { alreadyCheckedIn streak } }`, expect: signedIn },
  checkInCalendar: { query: `{ checkInCalendar(month: "2026-01") { month } }`, expect: signedIn },
  pointsLedger: { query: `{ pointsLedger(first: 5) { totalCount } }`, expect: signedIn },
  volunteerPointsLedger: {
    query: `{ volunteerPointsLedger(volunteerId: "${volunteerId}", first: 5) { totalCount } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  adjustPoints: {
    query: `mutation { adjustPoints(volunteerId: "${volunteerId}", delta: 1, reason: "x", idempotencyKey: "m-1") { id } }`,
    expect: provinceOnly,
  },
  pointsRules: { query: `{ pointsRules { version } }`, expect: signedIn },
  pointsRuleVersions: { query: `{ pointsRuleVersions(first: 5) { totalCount } }`, expect: provinceOnly },
  updatePointsRules: {
    query: `mutation { updatePointsRules(input: { checkIn: 1, streakBonuses: [], share: 1, shareDailyCap: -1, activityPublished: 5,
      societyPost: 1, comment: 1, levels: [{ name: "x", minExperience: 0 }] }) { version } }`,
    expect: provinceOnly,
  },
  // A region inside every manager's scope but 洛阳's: a region outside the caller's scope is FORBIDDEN.
  pointsLeaderboard: {
    query: `{ pointsLeaderboard(regionCode: "410105001", from: "2026-01-01", to: "2026-01-31") { rank } }`,
    expect: { ...managers, township: "allow", county: "allow", city: "allow", otherCity: "deny" },
  },
  // Content (issue 9 A): ids name nothing and inputs are invalid, so allowed callers get NOT_FOUND / BAD_USER_INPUT.
  channels: { query: `{ channels { code } }`, expect: signedIn },
  myChannels: { query: `{ myChannels { code } }`, expect: signedIn },
  setMyChannels: { query: `mutation { setMyChannels(codes: ["nosuch"]) { code } }`, expect: signedIn },
  createChannel: { query: `mutation { createChannel(input: { code: "x", name: "x" }) { code } }`, expect: provinceOnly },
  updateChannel: { query: `mutation { updateChannel(code: "nosuch", input: { enabled: false }) { code } }`, expect: provinceOnly },
  reorderChannels: { query: `mutation { reorderChannels(codes: ["nosuch"]) { code } }`, expect: provinceOnly },
  contents: {
    query: `{ contents(filter: { status: [DRAFT, UNPUBLISHED] }, first: 100) { edges { node { region { code } } } } }`,
    expect: managers,
    regions: (d) =>
      (d.contents as { edges: { node: { region: { code: string } | null } }[] }).edges.map((e) => e.node.region?.code ?? "none"),
  },
  content: { query: `{ content(id: "${contentId}") { id } }`, expect: signedIn },
  createContent: {
    query: `mutation { createContent(input: { kind: ARTICLE, title: "x", body: "<p>x</p>", channel: "nosuch", source: LOCAL }) { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  updateContent: {
    query: `mutation { updateContent(id: "${contentId}", input: { kind: ARTICLE, title: "x", body: "x", channel: "nosuch", source: LOCAL }) { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  publishContent: { query: `mutation { publishContent(id: "${contentId}") { id } }`, expect: { ...signedIn, individual: "deny" } },
  unpublishContent: { query: `mutation { unpublishContent(id: "${contentId}") { id } }`, expect: { ...signedIn, individual: "deny" } },
  importContents: { query: `mutation { importContents(input: { text: "", dryRun: true }) { total } }`, expect: provinceOnly },
  comments: { query: `{ comments(contentId: "${contentId}") { totalCount } }`, expect: signedIn },
  commentsForModeration: {
    query: `{ commentsForModeration(first: 100) { edges { node { region { code } } } } }`,
    expect: managers,
    regions: (d) =>
      (d.commentsForModeration as { edges: { node: { region: { code: string } | null } }[] }).edges.map(
        (e) => e.node.region?.code ?? "none",
      ),
  },
  postComment: { query: `mutation { postComment(input: { contentId: "${contentId}", body: "x" }) { id } }`, expect: signedIn },
  hideComment: { query: `mutation { hideComment(id: "${commentId}", reason: "x") { id } }`, expect: { ...signedIn, individual: "deny" } },
  likeContent: { query: `mutation { likeContent(contentId: "${contentId}") { id } }`, expect: signedIn },
  unlikeContent: { query: `mutation { unlikeContent(contentId: "${contentId}") { id } }`, expect: signedIn },
  favouriteContent: { query: `mutation { favouriteContent(contentId: "${contentId}") { id } }`, expect: signedIn },
  unfavouriteContent: { query: `mutation { unfavouriteContent(contentId: "${contentId}") { id } }`, expect: signedIn },
  recordContentDownload: { query: `mutation { recordContentDownload(contentId: "${contentId}") { counted } }`, expect: signedIn },
  myFavourites: { query: `{ myFavourites(first: 5) { totalCount } }`, expect: signedIn },
  likeComment: { query: `mutation { likeComment(commentId: "${commentId}") { id } }`, expect: signedIn },
  unlikeComment: { query: `mutation { unlikeComment(commentId: "${commentId}") { id } }`, expect: signedIn },
  // Activities (issue 10 A): ids name nothing and region codes are malformed, so allowed callers get NOT_FOUND / BAD_USER_INPUT.
  activities: { query: `{ activities(first: 5) { totalCount } }`, expect: signedIn },
  activity: { query: `{ activity(id: "${Buffer.from("Activity:999999").toString("base64url")}") { id } }`, expect: signedIn },
  myActivities: { query: `{ myActivities(relation: SIGNED_UP, first: 5) { totalCount } }`, expect: signedIn },
  activitiesToDecide: {
    query: `{ activitiesToDecide(first: 100) { edges { node { region { code } } } } }`,
    expect: managers,
    regions: (d) => (d.activitiesToDecide as { edges: { node: { region: { code: string } } }[] }).edges.map((e) => e.node.region.code),
  },
  submitActivity: {
    query: `mutation { submitActivity(input: { kind: LOCAL, title: "x", description: "x", regionCode: "x", startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-01-01T02:00:00Z", place: "x" }) { id } }`,
    expect: signedIn,
  },
  saveActivityDraft: {
    query: `mutation { saveActivityDraft(input: { kind: LOCAL, title: "x", description: "x", regionCode: "x", startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-01-01T02:00:00Z", place: "x" }) { id } }`,
    expect: signedIn,
  },
  updateActivity: {
    query: `mutation { updateActivity(id: "${Buffer.from("Activity:999999").toString("base64url")}", input: { kind: LOCAL, title: "x", description: "x", regionCode: "x", startsAt: "2030-01-01T00:00:00Z", endsAt: "2030-01-01T02:00:00Z", place: "x" }) { id } }`,
    expect: signedIn,
  },
  submitActivityDraft: {
    query: `mutation { submitActivityDraft(id: "${Buffer.from("Activity:999999").toString("base64url")}") { id } }`,
    expect: signedIn,
  },
  decideActivity: {
    query: `mutation { decideActivity(id: "${Buffer.from("Activity:999999").toString("base64url")}", approve: false) { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  cancelActivity: {
    query: `mutation { cancelActivity(id: "${Buffer.from("Activity:999999").toString("base64url")}") { id } }`,
    expect: signedIn,
  },
  signUpForActivity: {
    query: `mutation { signUpForActivity(activityId: "${Buffer.from("Activity:999999").toString("base64url")}") { id } }`,
    expect: signedIn,
  },
  withdrawActivitySignUp: {
    query: `mutation { withdrawActivitySignUp(activityId: "${Buffer.from("Activity:999999").toString("base64url")}") { id } }`,
    expect: signedIn,
  },
  markAttendance: {
    query: `mutation { markAttendance(signUpId: "${Buffer.from("ActivitySignUp:999999").toString("base64url")}", attended: true) { id } }`,
    expect: signedIn,
  },
  // Points mall (issue 11 B): ids name nothing and inputs are invalid, so allowed callers get NOT_FOUND / BAD_USER_INPUT.
  mallItems: { query: `{ mallItems(all: true) { id } }`, expect: { ...signedIn, individual: "deny" } },
  redemptions: { query: `{ redemptions(first: 5) { totalCount } }`, expect: provinceOnly },
  myRedemptions: { query: `{ myRedemptions(first: 5) { totalCount } }`, expect: signedIn },
  redeem: {
    query: `mutation { redeem(itemId: "${Buffer.from("MallItem:999999").toString("base64url")}", idempotencyKey: "matrix") { id } }`,
    expect: signedIn,
  },
  createMallItem: {
    query: `mutation { createMallItem(input: { name: "x", kind: VIRTUAL, pricePoints: 0, stock: 1 }) { id } }`,
    expect: provinceOnly,
  },
  updateMallItem: {
    query: `mutation { updateMallItem(id: "${Buffer.from("MallItem:999999").toString("base64url")}", input: { enabled: false }) { id } }`,
    expect: provinceOnly,
  },
  restockMallItem: {
    query: `mutation { restockMallItem(id: "${Buffer.from("MallItem:999999").toString("base64url")}", delta: 1, idempotencyKey: "matrix") { id } }`,
    expect: provinceOnly,
  },
  cancelRedemption: {
    query: `mutation { cancelRedemption(id: "${Buffer.from("Redemption:999999").toString("base64url")}", reason: "x") { id } }`,
    expect: signedIn,
  },
  fulfilRedemptions: {
    query: `mutation { fulfilRedemptions(ids: ["${Buffer.from("Redemption:999999").toString("base64url")}"]) { changed } }`,
    expect: provinceOnly,
  },
  // Societies (issue 10): ids name nothing, so allowed callers get NOT_FOUND / BAD_USER_INPUT, never a denial.
  societies: { query: `{ societies(first: 5) { totalCount } }`, expect: signedIn },
  society: { query: `{ society(id: "${societyId}") { id } }`, expect: signedIn },
  societiesToDecide: {
    query: `{ societiesToDecide(first: 100) { edges { node { region { code } } } } }`,
    expect: managers,
    regions: (d) => (d.societiesToDecide as { edges: { node: { region: { code: string } } }[] }).edges.map((e) => e.node.region.code),
  },
  requestSociety: {
    query: `mutation { requestSociety(input: { name: "x", regionCode: "41", joinPolicy: OPEN }) { id } }`,
    expect: signedIn,
  },
  decideSociety: {
    query: `mutation { decideSociety(id: "${societyId}", approve: true) { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  dissolveSociety: {
    query: `mutation { dissolveSociety(id: "${societyId}", reason: "x") { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  joinSociety: { query: `mutation { joinSociety(societyId: "${societyId}") { id } }`, expect: signedIn },
  leaveSociety: { query: `mutation { leaveSociety(societyId: "${societyId}") { id } }`, expect: signedIn },
  decideSocietyMember: {
    query: `mutation { decideSocietyMember(memberId: "${societyMemberId}", approve: true) { id } }`,
    expect: signedIn,
  },
  setSocietyMemberRole: {
    query: `mutation { setSocietyMemberRole(memberId: "${societyMemberId}", role: ADMIN) { id } }`,
    expect: signedIn,
  },
  createSocietyPost: { query: `mutation { createSocietyPost(input: { societyId: "${societyId}", text: "x" }) { id } }`, expect: signedIn },
  hideSocietyPost: { query: `mutation { hideSocietyPost(id: "${societyPostId}", reason: "x") { id } }`, expect: signedIn },
  unhideSocietyPost: { query: `mutation { unhideSocietyPost(id: "${societyPostId}") { id } }`, expect: signedIn },
  // Sharing and notifications (issue 9 B): the content id names nothing, so allowed callers get NOT_FOUND, never a denial.
  recordShare: {
    query: `mutation { recordShare(input: { contentId: "${Buffer.from("Content:999999").toString("base64url")}", platform: WECHAT, clientEventId: "matrix-0001" }) { id } }`,
    expect: signedIn,
  },
  revokeShareLink: {
    query: `mutation { revokeShareLink(link: "/s/AAAAAAAAAAAAAAAAAAAAAA") { id } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  contentShareStats: {
    query: `{ contentShareStats(contentId: "${Buffer.from("Content:999999").toString("base64url")}", from: "2025-01-01", to: "2025-01-08") { shares } }`,
    expect: { ...signedIn, individual: "deny" },
  },
  notifications: { query: `{ notifications(first: 5) { totalCount } }`, expect: signedIn },
  unreadNotificationCount: { query: `{ unreadNotificationCount }`, expect: signedIn },
  markNotificationsRead: { query: `mutation { markNotificationsRead }`, expect: signedIn },
};

const denied = new Set(["UNAUTHENTICATED", "FORBIDDEN"]);

describe("authorization matrix covers the whole schema", () => {
  it("has a row for every query and mutation", async () => {
    const schema = await createSchema();
    const ops = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    expect(ops.filter((op) => !matrix[op]).sort()).toEqual([]);
    expect(Object.keys(matrix).filter((op) => !ops.includes(op))).toEqual([]);
  });
});

describe.each(testDialects())("authorization matrix on %s", (dialect) => {
  let s: TestServer;
  const tokens: Partial<Record<Role, string>> = {};
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    for (const [role, phone] of Object.entries(phones)) tokens[role as Role] = await s.login(phone);
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  const cases = Object.entries(matrix).flatMap(([op, row]) => roles.map((role) => [op, role, row.expect[role]] as const));
  it.each(cases)("%s as %s → %s", async (op, role, expected) => {
    const row = matrix[op];
    let token = tokens[role];
    if (row.freshToken && role !== "anonymous") token = await s.login(phones[role as Exclude<Role, "anonymous">]);
    const r = await s.gql(row.query, row.variables, token);
    const codes = (r.errors ?? []).map((e) => e.extensions?.code);
    expect(r.status).toBeLessThan(500);
    expect(codes).not.toContain("INTERNAL_SERVER_ERROR");
    if (expected === "deny") {
      expect(
        codes.some((c) => c && denied.has(c)),
        JSON.stringify(r.errors),
      ).toBe(true);
      expect(codes).toContain(role === "anonymous" ? "UNAUTHENTICATED" : "FORBIDDEN");
      return;
    }
    expect(
      codes.filter((c) => c && denied.has(c)),
      JSON.stringify(r.errors),
    ).toEqual([]);
    if (expected === "filtered" && row.regions) {
      const scope = managed[role]!;
      const found = row.regions(r.data as Record<string, unknown>);
      expect(found.filter((code) => !isWithin(code, scope))).toEqual([]);
    }
  });
});

/**
 * A case the operation × role grid cannot show: deciding on someone who already holds a role.
 * Approving replaces that role, so only someone entitled to revoke it may decide (docs/domain.md).
 */
describe.each(testDialects())("authorization matrix: applications by role holders on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;
  const asPerson = (phone: string) => actingAs(s.running.services, phone);
  const person = (phone: string, home: string) => certifiedPerson(s.running.services, phone, home);
  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    province = await s.login("13800000000");
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("lets only someone who could revoke the applicant's current role decide: a county manager cannot demote a city manager", async () => {
    // A 中原区 county manager, made through the services as the system.
    const county = await person("13955500003", "410102002");
    const system = RequestContext.system(s.running.services, "test");
    const countyApp = await new ManagerApplicationService(await asPerson("13955500003")).apply({
      tier: "COUNTY_MANAGER",
      regionCode: "410102",
    });
    await new ManagerApplicationService(system).decide(countyApp.dbId, true, null);
    expect((await s.running.ds.getRepository(Volunteer).findOneByOrFail({ dbId: county.dbId })).tier).toBe("COUNTY_MANAGER");
    await s.running.ds
      .getRepository(Volunteer)
      .update(
        { dbId: county.dbId },
        { passwordHash: (await s.running.ds.getRepository(Volunteer).findOneByOrFail({ phone: "13800000009" })).passwordHash },
      );

    // The 郑州 city manager (home 中原区 410102001) applies for a township role there.
    const cityToken = await s.login("13800000001");
    const applied = await s.gql<{ applyForManager: { id: string } }>(
      `mutation { applyForManager(input: { tier: TOWNSHIP_MANAGER, regionCode: "410102001" }) { id } }`,
      {},
      cityToken,
    );
    expect(applied.errors).toBeUndefined();
    const id = applied.data!.applyForManager.id;

    const countyToken = await s.login("13955500003");
    const seen = await s.gql<{ node: { canDecide: boolean } | null }>(
      `query($id: ID!) { node(id: $id) { ... on ManagerApplication { canDecide } } }`,
      { id },
      countyToken,
    );
    expect(seen.data!.node).toEqual({ canDecide: false });
    const decidable = await s.gql<{ managerApplications: { edges: { node: { id: string } }[] } }>(
      `{ managerApplications(decidable: true, first: 100) { edges { node { id } } } }`,
      {},
      countyToken,
    );
    expect(decidable.data!.managerApplications.edges.map((e) => e.node.id)).not.toContain(id);
    const refused = await s.gql(`mutation($id: ID!) { decideManagerApplication(id: $id, approve: true) { status } }`, { id }, countyToken);
    expect(code(refused)).toBe("FORBIDDEN");
    const me = await s.gql<{ me: { tier: string } }>(`{ me { tier } }`, {}, cityToken);
    expect(me.data!.me.tier).toBe("CITY_MANAGER");

    // The province may decide it (and so may nobody below the city tier).
    const byProvince = await s.gql<{ decideManagerApplication: { status: string } }>(
      `mutation($id: ID!) { decideManagerApplication(id: $id, approve: false, comment: "保留市级职务") { status } }`,
      { id },
      province,
    );
    expect(byProvince.data!.decideManagerApplication.status).toBe("REJECTED");
  });
});
