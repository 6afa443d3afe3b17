import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { drainConsumer } from "../../../platform/events/drainer.js";
import { RequestContext } from "../../../platform/request-context.js";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { actingAs, certifiedPerson } from "../../../test/people.js";
import { type GqlResponse, startTestServer, type TestServer } from "../../../test/test-server.js";
import { CommentService } from "../../content/comment.service.js";
import { ContentService } from "../../content/content.service.js";
import { EngagementService } from "../../content/engagement.service.js";
import { ManagerApplicationService } from "../../manager-application/manager-application.service.js";
import { notificationConsumer } from "../notification.consumer.js";

interface Note {
  id: string;
  kind: string;
  title: string;
  text: string;
  read: boolean;
  subjectType: string;
  subjectId: string;
  contentId: string | null;
}
interface Conn {
  totalCount: number;
  edges: { node: Note }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

const LIST = `query($unreadOnly: Boolean, $first: Int, $after: String) {
  notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
    totalCount edges { node { id kind title text read subjectType subjectId contentId } } pageInfo { hasNextPage endCursor }
  }
  unreadNotificationCount
}`;
const MARK = `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) }`;
const code = (r: GqlResponse) => r.errors?.[0]?.extensions?.code;
const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");

describe.each(testDialects())("notifications on %s", (dialect) => {
  let s: TestServer;
  const app = () => s.running.services;
  const as = (phone: string) => actingAs(app(), phone);
  const tokens: Record<string, string> = {};
  let contentId: number;

  /** What the drain-events job does every second, run to the end now. */
  async function drain(): Promise<number> {
    let total = 0;
    for (let n = -1; n !== 0; total += n) n = await drainConsumer(app().ds, app().events, notificationConsumer, { settleMs: 0 });
    return total;
  }
  const list = async (who: string, vars: Record<string, unknown> = {}) => {
    const r = await s.gql<{ notifications: Conn; unreadNotificationCount: number }>(LIST, vars, tokens[who]);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };
  const rows = async () => Number((await app().ds.query("SELECT COUNT(*) AS n FROM notification"))[0].n);

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    // 小赵 and 小钱 comment; the demo individual 13800000009 is 科普小王.
    await certifiedPerson(app(), "13911100001", "410105001");
    await certifiedPerson(app(), "13911100002", "410102001");
    await app().ds.query("UPDATE volunteer SET nickname = '小赵' WHERE phone = '13911100001'");
    await app().ds.query("UPDATE volunteer SET nickname = '小钱' WHERE phone = '13911100002'");
    for (const phone of ["13911100001", "13911100002", "13800000009", "13800000000"]) tokens[phone] = await s.login(phone);
    const system = RequestContext.system(app(), "test");
    const content = await new ContentService(system).create({
      kind: "ARTICLE",
      title: "夏季防溺水安全知识",
      body: "<p>不要私自下水游泳。</p>",
      channel: "health",
      source: "KEPU_CHINA",
    });
    await new ContentService(system).publish(content.dbId);
    contentId = content.dbId;
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("tells a commenter about a reply and a like, in Chinese, linking the comment and its content — never about their own", async () => {
    await drain(); // demo data's events first: nobody is notified of those
    const before = await rows();
    const top = await new CommentService(await as("13911100001")).post({ contentId, body: "很实用" });
    const reply = await new CommentService(await as("13911100002")).post({ contentId, body: "同意", parentId: top.dbId });
    await new CommentService(await as("13911100001")).post({ contentId, body: "谢谢", parentId: top.dbId }); // replying to oneself
    await new EngagementService(await as("13911100002")).likeComment(top.dbId);
    await new EngagementService(await as("13911100001")).likeComment(top.dbId); // liking one's own comment
    await new EngagementService(await as("13911100001")).likeComment(reply.dbId);
    // Nothing until the consumer runs: notifications are made from committed events.
    expect(await rows()).toBe(before);
    expect(await drain()).toBeGreaterThan(0);

    const zhao = await list("13911100001");
    expect(zhao.notifications.edges.map((e) => e.node.kind)).toEqual(["COMMENT_LIKED", "COMMENT_REPLIED"]);
    const [liked, replied] = zhao.notifications.edges.map((e) => e.node);
    expect(replied).toMatchObject({
      title: "收到新回复",
      text: "「小钱」回复了你在《夏季防溺水安全知识》下的评论",
      read: false,
      subjectType: "Comment",
      subjectId: gid("Comment", reply.dbId),
      contentId: gid("Content", contentId),
    });
    expect(liked).toMatchObject({
      title: "评论被点赞",
      text: "「小钱」赞了你在《夏季防溺水安全知识》下的评论",
      subjectId: gid("Comment", top.dbId),
    });
    expect(zhao.unreadNotificationCount).toBe(2);
    const qian = await list("13911100002");
    expect(qian.notifications.edges.map((e) => e.node.kind)).toEqual(["COMMENT_LIKED"]);
    expect(qian.notifications.edges[0].node.subjectId).toBe(gid("Comment", reply.dbId));
    // Someone not involved sees nothing of it.
    expect((await list("13800000009")).notifications.totalCount).toBe(0);
  });

  it("applies each event once however often it is drained, and two drainers at once make no duplicates", async () => {
    const top = await new CommentService(await as("13911100002")).post({ contentId, body: "第二条" });
    for (let i = 0; i < 3; i++) await new CommentService(await as("13911100001")).post({ contentId, body: `回复${i}`, parentId: top.dbId });
    const before = await rows();
    const [a, b] = await Promise.all([drain(), drain()]);
    expect(a + b).toBeGreaterThan(0);
    await drain();
    expect(await rows()).toBe(before + 3);
    const [{ n, d }] = await app().ds.query("SELECT COUNT(*) AS n, COUNT(DISTINCT event_id) AS d FROM notification");
    expect(Number(n)).toBe(Number(d));
  });

  it("tells the applicant of the decision on their manager application, with the reason when rejected", async () => {
    const applicant = await certifiedPerson(app(), "13911100003", "410105002");
    tokens["13911100003"] = await s.login("13911100003");
    const appService = new ManagerApplicationService(await as("13911100003"));
    const first = await appService.apply({ tier: "TOWNSHIP_MANAGER", regionCode: "410105002", reason: "想为社区做科普" });
    await new ManagerApplicationService(await as("13800000000")).decide(first.dbId, false, "请先参加一次培训");
    await drain();
    const notes = await list("13911100003");
    expect(notes.notifications.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({
        kind: "MANAGER_APPLICATION_REJECTED",
        title: "管理员申请未通过",
        text: "你的乡镇级管理员认证申请未通过审批，理由：请先参加一次培训",
        subjectType: "ManagerApplication",
        subjectId: gid("ManagerApplication", first.dbId),
        contentId: null,
      }),
    ]);
    const second = await new ManagerApplicationService(await as("13911100003")).apply({
      tier: "TOWNSHIP_MANAGER",
      regionCode: "410105002",
    });
    await new ManagerApplicationService(await as("13800000000")).decide(second.dbId, true, null);
    await drain();
    const after = await list("13911100003");
    expect(after.notifications.edges[0].node).toMatchObject({
      kind: "MANAGER_APPLICATION_APPROVED",
      text: "你的乡镇级管理员认证申请已通过审批",
    });
    expect(after.unreadNotificationCount).toBe(2);
    // The decider is told nothing.
    expect((await list("13800000000")).notifications.totalCount).toBe(0);
    expect(applicant.dbId).toBeGreaterThan(0);
  });

  it("marks read only the caller's own notifications: listed ones, or all when ids are omitted", async () => {
    const zhao = await list("13911100001");
    const unread = zhao.unreadNotificationCount;
    expect(unread).toBe(2);
    const qianNote = (await list("13911100002")).notifications.edges[0].node;
    const [newest] = zhao.notifications.edges.map((e) => e.node);
    // Someone else's id is ignored, not marked.
    const marked = await s.gql<{ markNotificationsRead: number }>(MARK, { ids: [newest.id, qianNote.id] }, tokens["13911100001"]);
    expect(marked.data!.markNotificationsRead).toBe(1);
    expect((await list("13911100002")).notifications.edges[0].node.read).toBe(false);
    const onlyUnread = await list("13911100001", { unreadOnly: true });
    expect(onlyUnread.unreadNotificationCount).toBe(unread - 1);
    expect(onlyUnread.notifications.edges.map((e) => e.node.id)).not.toContain(newest.id);
    expect(onlyUnread.notifications.edges.every((e) => !e.node.read)).toBe(true);
    // Marking again changes nothing.
    expect(
      (await s.gql<{ markNotificationsRead: number }>(MARK, { ids: [newest.id] }, tokens["13911100001"])).data!.markNotificationsRead,
    ).toBe(0);
    const all = await s.gql<{ markNotificationsRead: number }>(MARK, {}, tokens["13911100001"]);
    expect(all.data!.markNotificationsRead).toBe(unread - 1);
    expect((await list("13911100001")).unreadNotificationCount).toBe(0);
    expect((await list("13911100002")).unreadNotificationCount).toBeGreaterThan(0);
  });

  it("pages newest first, and shows one's own notification through node() but nobody else's", async () => {
    // 小钱 has four: a like and three replies.
    const page1 = await list("13911100002", { first: 3 });
    expect(page1.notifications.totalCount).toBe(4);
    expect(page1.notifications.edges).toHaveLength(3);
    expect(page1.notifications.pageInfo.hasNextPage).toBe(true);
    const page2 = await list("13911100002", { first: 3, after: page1.notifications.pageInfo.endCursor });
    expect(page2.notifications.edges).toHaveLength(1);
    expect(page2.notifications.pageInfo.hasNextPage).toBe(false);
    const ids = [...page1.notifications.edges, ...page2.notifications.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(ids.length);
    const dbIds = ids.map((id) => Number(Buffer.from(id, "base64url").toString().split(":")[1]));
    expect(dbIds).toEqual([...dbIds].sort((x, y) => y - x));
    const NODE = `query($id: ID!) { node(id: $id) { ... on Notification { id kind } } }`;
    expect((await s.gql<{ node: unknown }>(NODE, { id: ids[0] }, tokens["13911100002"])).data!.node).toMatchObject({ id: ids[0] });
    expect((await s.gql<{ node: unknown }>(NODE, { id: ids[0] }, tokens["13911100001"])).data!.node).toBeNull();
    expect((await s.gql<{ node: unknown }>(NODE, { id: ids[0] }, tokens["13800000000"])).data!.node).toBeNull();
  });

  it("refuses malformed ids, too many ids and anonymous callers", async () => {
    const bad = await s.gql(MARK, { ids: [gid("Comment", 1)] }, tokens["13911100001"]);
    expect(code(bad)).toBe("BAD_USER_INPUT");
    expect(bad.errors![0].extensions?.field).toBe("ids");
    const many = await s.gql(MARK, { ids: Array.from({ length: 101 }, (_, i) => gid("Notification", i + 1)) }, tokens["13911100001"]);
    expect(code(many)).toBe("BAD_USER_INPUT");
    expect(code(await s.gql(LIST, {}))).toBe("UNAUTHENTICATED");
    expect(code(await s.gql(MARK, {}))).toBe("UNAUTHENTICATED");
    const tooBig = await s.gql(LIST, { first: 101 }, tokens["13911100001"]);
    expect(code(tooBig)).toBe("BAD_USER_INPUT");
  });
});
