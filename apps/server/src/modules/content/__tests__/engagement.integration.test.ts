import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { markSuiteRan, testDialects } from "../../../test/databases.js";
import { certifiedPerson } from "../../../test/people.js";
import { startTestServer, type TestServer } from "../../../test/test-server.js";
import { Comment } from "../comment.entity.js";
import { code, COUNTY_EQ, COUNTY_JS, events, field, gid, INDIVIDUAL, PROVINCE, publishedContent } from "./content.harness.js";

const POST = `mutation($i: CommentInput!) { postComment(input: $i) { id body parentCommentId replyToName authorName mine } }`;

describe.each(testDialects())("comments, likes, favourites and downloads on %s", (dialect) => {
  let s: TestServer;
  let province: string;
  let individual: string;
  let county: string;
  let otherCounty: string;
  let uncertified: string;
  let contentId: string;
  let videoId: string;
  const post = (token: string, i: Record<string, unknown>) =>
    s.gql<{ postComment: { id: string; body: string; parentCommentId: string | null; replyToName: string | null; mine: boolean } }>(
      POST,
      { i: { contentId, ...i } },
      token,
    );
  const comments = () => s.running.ds.getRepository(Comment).count();

  beforeAll(async () => {
    s = await startTestServer(dialect, { DEMO_DATA: "1" });
    province = await s.login(PROVINCE);
    individual = await s.login(INDIVIDUAL);
    county = await s.login(COUNTY_JS);
    otherCounty = await s.login(COUNTY_EQ);
    await certifiedPerson(s.running.services, "13955500101", "410103003"); // a 二七区 volunteer
    const reg = await s.gql<{ register: { token: string } }>(
      `mutation { register(input: { phone: "13955500102", password: "Kepu2026x" }) { token } }`,
    );
    uncertified = reg.data!.register.token;
    contentId = (await publishedContent(s)).id;
    videoId = (
      await publishedContent(s, { kind: "VIDEO", title: "科普视频", body: null, videoUrl: "https://v.cn/v.mp4", durationSeconds: 60 })
    ).id;
  });
  afterAll(async () => {
    await s?.close();
    markSuiteRan(dialect);
  });

  it("threads one level deep and tells the replied-to person's id in COMMENT_POSTED", async () => {
    const top = await post(individual, { body: "  讲得真好！\n学到了  " });
    expect(top.errors).toBeUndefined();
    expect(top.data!.postComment).toMatchObject({ body: "讲得真好！\n学到了", parentCommentId: null, mine: true });
    const reply = await post(county, { body: "谢谢支持", parentId: top.data!.postComment.id });
    const replyToReply = await post(province, { body: "同意", parentId: reply.data!.postComment.id });
    // A reply to a reply is filed under the top comment, naming whom it answered.
    expect(replyToReply.data!.postComment).toMatchObject({ parentCommentId: top.data!.postComment.id, replyToName: "金水区管理员" });

    const posted = (await events(s, "COMMENT_POSTED")).slice(-3);
    const ids = [top, reply, replyToReply].map((r) => Number(Buffer.from(r.data!.postComment.id, "base64url").toString().split(":")[1]));
    const content = Number(Buffer.from(contentId, "base64url").toString().split(":")[1]);
    expect(posted.map((e) => [e.regionCode, JSON.parse(e.payload)])).toEqual([
      ["410105002", { contentId: content, commentId: ids[0], parentCommentId: null, parentAuthorId: null, threadCommentId: null }],
      [
        "410105003",
        {
          contentId: content,
          commentId: ids[1],
          parentCommentId: ids[0],
          parentAuthorId: posted[0].actorId && Number(posted[0].actorId),
          threadCommentId: ids[0],
        },
      ],
      [
        null,
        {
          contentId: content,
          commentId: ids[2],
          parentCommentId: ids[1],
          parentAuthorId: Number(posted[1].actorId),
          threadCommentId: ids[0],
        },
      ],
    ]);

    const list = await s.gql<{ comments: { edges: { node: { id: string; replyCount: number } }[] } }>(
      `query($c: ID!) { comments(contentId: $c) { edges { node { id replyCount } } } }`,
      { c: contentId },
      individual,
    );
    expect(list.data!.comments.edges.find((e) => e.node.id === top.data!.postComment.id)?.node.replyCount).toBe(2);
    const replies = await s.gql<{ comments: { edges: { node: { id: string } }[] } }>(
      `query($c: ID!, $p: ID) { comments(contentId: $c, parentId: $p) { edges { node { id } } } }`,
      { c: contentId, p: top.data!.postComment.id },
      individual,
    );
    expect(replies.data!.comments.edges.map((e) => e.node.id)).toEqual([reply.data!.postComment.id, replyToReply.data!.postComment.id]);
  });

  it("refuses bad comments with a Chinese message and stores nothing", async () => {
    const before = await comments();
    const beforeEvents = (await events(s, "COMMENT_POSTED")).length;
    const script = await post(individual, { body: "<script>alert(1)</script>" });
    expect([code(script), field(script)]).toEqual(["BAD_USER_INPUT", "body"]);
    expect(script.errors![0].message).toMatch(/纯文本/);
    expect(code(await post(individual, { body: "看这里 javascript:alert(1)" }))).toBe("BAD_USER_INPUT");
    const long = await post(individual, { body: "长".repeat(501) });
    expect([code(long), field(long)]).toEqual(["BAD_USER_INPUT", "body"]);
    expect(long.errors![0].message).toMatch(/最多 500/);
    expect(code(await post(individual, { contentId: gid("Content", 999999), body: "你好" }))).toBe("NOT_FOUND");
    const draft = await s.gql<{ createContent: { id: string } }>(
      `mutation { createContent(input: { kind: ARTICLE, title: "草稿", body: "<p>x</p>", channel: "tech", source: KEPU_CHINA }) { id } }`,
      {},
      province,
    );
    expect(code(await post(individual, { contentId: draft.data!.createContent.id, body: "你好" }))).toBe("NOT_FOUND");
    expect(code(await post(individual, { parentId: gid("Comment", 999999), body: "你好" }))).toBe("NOT_FOUND");
    expect(code(await post(uncertified, { body: "你好" }))).toBe("FORBIDDEN");
    expect(code(await post(individual, { contentId: "not-an-id", body: "你好" }))).toBe("BAD_USER_INPUT");
    expect(await comments()).toBe(before);
    expect(await events(s, "COMMENT_POSTED")).toHaveLength(beforeEvents);
  });

  it("answers a retried post with the comment the first attempt made", async () => {
    const a = await post(individual, { body: "重试测试", idempotencyKey: "retry-1" });
    const b = await post(individual, { body: "重试测试", idempotencyKey: "retry-1" });
    expect(b.data!.postComment.id).toBe(a.data!.postComment.id);
  });

  it("lets a county manager hide a comment of their own county's volunteer, not one from another county", async () => {
    const mine = await post(individual, { body: "金水区科普员的评论" });
    const otherToken = await s.login("13955500101");
    const theirs = await post(otherToken, { body: "二七区科普员的评论" });
    const hide = (id: string, token: string, reason: string | null = "含有广告") =>
      s.gql<{ hideComment: { status: string; hiddenReason: string | null; canHide: boolean } }>(
        `mutation($id: ID!, $r: String!) { hideComment(id: $id, reason: $r) { status hiddenReason canHide } }`,
        { id, r: reason },
        token,
      );

    const refused = await hide(theirs.data!.postComment.id, county);
    expect(code(refused)).toBe("FORBIDDEN");
    expect(code(await hide(mine.data!.postComment.id, county, "  "))).toBe("BAD_USER_INPUT");
    expect(code(await hide(mine.data!.postComment.id, individual))).toBe("FORBIDDEN");

    const before = (await events(s, "COMMENT_HIDDEN")).length;
    const hidden = await hide(mine.data!.postComment.id, county);
    expect(hidden.data!.hideComment).toEqual({ status: "HIDDEN", hiddenReason: "含有广告", canHide: false });
    expect((await hide(mine.data!.postComment.id, county)).data!.hideComment.status).toBe("HIDDEN");
    const hiddenEvents = (await events(s, "COMMENT_HIDDEN")).slice(before);
    expect(hiddenEvents).toHaveLength(1);
    expect(hiddenEvents[0].regionCode).toBe("410105003");
    expect(JSON.parse(hiddenEvents[0].payload)).toMatchObject({ commentRegionCode: "410105002", reason: "含有广告" });
    expect((await hide(theirs.data!.postComment.id, otherCounty)).data!.hideComment.status).toBe("HIDDEN");

    // The moderation queue holds the manager's own county only; a sibling county is FORBIDDEN, not empty.
    const queue = await s.gql<{ commentsForModeration: { edges: { node: { region: { code: string } | null; status: string } }[] } }>(
      `{ commentsForModeration(first: 100) { edges { node { status region { code } } } } }`,
      {},
      county,
    );
    const regions = queue.data!.commentsForModeration.edges.map((e) => e.node.region?.code ?? "none");
    expect(regions.length).toBeGreaterThan(0);
    expect(regions.every((r) => r.startsWith("410105"))).toBe(true);
    expect(code(await s.gql(`{ commentsForModeration(filter: { regionCode: "410103" }) { totalCount } }`, {}, county))).toBe("FORBIDDEN");
    // Hidden comments leave the public list and the count.
    const listed = await s.gql<{ comments: { edges: { node: { id: string } }[] } }>(
      `query($c: ID!) { comments(contentId: $c, first: 100) { edges { node { id } } } }`,
      { c: contentId },
      individual,
    );
    expect(listed.data!.comments.edges.map((e) => e.node.id)).not.toContain(mine.data!.postComment.id);
  });

  it("likes are idempotent and countable once; unlike removes; comment likes tell the comment's author", async () => {
    const like = (token: string, op = "likeContent") =>
      s.gql<Record<string, { likeCount: number; myLike: boolean }>>(
        `mutation($c: ID!) { ${op}(contentId: $c) { likeCount myLike } }`,
        { c: contentId },
        token,
      );
    const before = (await events(s, "CONTENT_LIKED")).length;
    expect((await like(individual)).data!.likeContent).toEqual({ likeCount: 1, myLike: true });
    expect((await like(individual)).data!.likeContent).toEqual({ likeCount: 1, myLike: true });
    expect((await like(county)).data!.likeContent).toEqual({ likeCount: 2, myLike: true });
    expect((await like(individual, "unlikeContent")).data!.unlikeContent).toEqual({ likeCount: 1, myLike: false });
    expect((await like(individual)).data!.likeContent.likeCount).toBe(2);
    const liked = (await events(s, "CONTENT_LIKED")).slice(before);
    expect(liked.map((e) => e.regionCode)).toEqual(["410105002", "410105003"]);

    const c = await post(county, { body: "管理员的评论" });
    const cl = await s.gql<{ likeComment: { likeCount: number; myLike: boolean } }>(
      `mutation($id: ID!) { likeComment(commentId: $id) { likeCount myLike } }`,
      { id: c.data!.postComment.id },
      individual,
    );
    expect(cl.data!.likeComment).toEqual({ likeCount: 1, myLike: true });
    const commentLiked = (await events(s, "COMMENT_LIKED")).at(-1)!;
    const countyRow = (await events(s, "COMMENT_POSTED")).at(-1)!;
    expect(JSON.parse(commentLiked.payload)).toMatchObject({ commentAuthorId: Number(countyRow.actorId) });
    expect(code(await s.gql(`mutation($c: ID!) { likeContent(contentId: $c) { id } }`, { c: gid("Content", 999999) }, individual))).toBe(
      "NOT_FOUND",
    );
  });

  it("keeps favourites in 我的收藏 and counts a video download once per person and day", async () => {
    await s.gql(`mutation($c: ID!) { favouriteContent(contentId: $c) { id } }`, { c: contentId }, individual);
    const fav = await s.gql<{ favouriteContent: { favouriteCount: number; myFavourite: boolean } }>(
      `mutation($c: ID!) { favouriteContent(contentId: $c) { favouriteCount myFavourite } }`,
      { c: videoId },
      individual,
    );
    expect(fav.data!.favouriteContent).toEqual({ favouriteCount: 1, myFavourite: true });
    const mine = await s.gql<{ myFavourites: { edges: { node: { id: string } }[] } }>(
      `{ myFavourites { edges { node { id } } } }`,
      {},
      individual,
    );
    expect(mine.data!.myFavourites.edges.map((e) => e.node.id)).toEqual([videoId, contentId]);
    await s.gql(`mutation($c: ID!) { unfavouriteContent(contentId: $c) { id } }`, { c: videoId }, individual);
    const after = await s.gql<{ myFavourites: { edges: { node: { id: string } }[] } }>(
      `{ myFavourites { edges { node { id } } } }`,
      {},
      individual,
    );
    expect(after.data!.myFavourites.edges.map((e) => e.node.id)).toEqual([contentId]);
    expect(await events(s, "CONTENT_FAVOURITED")).toHaveLength(2);

    const download = (c: string) =>
      s.gql<{ recordContentDownload: { counted: boolean; day: string; content: { downloadCount: number } } }>(
        `mutation($c: ID!) { recordContentDownload(contentId: $c) { counted day content { downloadCount } } }`,
        { c },
        individual,
      );
    expect((await download(videoId)).data!.recordContentDownload).toMatchObject({ counted: true, content: { downloadCount: 1 } });
    expect((await download(videoId)).data!.recordContentDownload).toMatchObject({ counted: false, content: { downloadCount: 1 } });
    expect(await events(s, "CONTENT_DOWNLOADED")).toHaveLength(1);
    const article = await download(contentId);
    expect([code(article), field(article)]).toEqual(["BAD_USER_INPUT", "contentId"]);
  });
});
