import { type GraphQLEnumType, type GraphQLObjectType, isNonNullType } from "graphql";
import { describe, expect, it } from "vitest";
import { createSchema } from "../../../graphql/schema.js";

/** The names API.md fixes for sharing and notifications: kept exactly, extended around. */
describe("sharing and notifications keep the public contract", () => {
  it("recordShare(input: ShareInput!): ShareEvent! with the fixed fields and platforms", async () => {
    const schema = await createSchema();
    const mutation = schema.getMutationType()!.getFields();
    expect(String(mutation.recordShare.type)).toBe("ShareEvent!");
    expect(mutation.recordShare.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(["input: ShareInput!"]);
    const input = schema.getType("ShareInput") as GraphQLObjectType;
    expect(Object.keys(input.getFields()).sort()).toEqual(["clientEventId", "contentId", "platform"]);
    const share = schema.getType("ShareEvent") as GraphQLObjectType;
    for (const [f, t] of Object.entries({
      id: "ID!",
      content: "Content!",
      platform: "SharePlatform!",
      createdAt: "DateTimeISO!",
      link: "String!",
    }))
      expect(String(share.getFields()[f]?.type), f).toBe(t);
    expect(share.getInterfaces().map((i) => i.name)).toContain("Node");
    const platforms = (schema.getType("SharePlatform") as GraphQLEnumType).getValues().map((v) => v.name);
    expect(platforms).toEqual(["WECHAT", "WECHAT_MOMENTS", "WEIBO", "QQ", "QZONE", "LINK", "OTHER"]);
    const content = schema.getType("Content") as GraphQLObjectType;
    expect(String(content.getFields().shareCount.type)).toBe("Int!");
    expect(String(content.getFields().openCount.type)).toBe("Int!");
  });

  it("notifications(unreadOnly, first, after): NotificationConnection!, markNotificationsRead(ids), unreadNotificationCount: Int!", async () => {
    const schema = await createSchema();
    const query = schema.getQueryType()!.getFields();
    expect(String(query.notifications.type)).toBe("NotificationConnection!");
    // Arguments are named, so their order is not part of the contract.
    expect(query.notifications.args.map((a) => `${a.name}: ${String(a.type)}`).sort()).toEqual([
      "after: String",
      "first: Int",
      "unreadOnly: Boolean",
    ]);
    expect(String(query.unreadNotificationCount.type)).toBe("Int!");
    const mark = schema.getMutationType()!.getFields().markNotificationsRead;
    expect(mark.args.map((a) => `${a.name}: ${String(a.type)}`)).toEqual(["ids: [ID!]"]);
    expect(isNonNullType(mark.args[0].type)).toBe(false);
    const note = schema.getType("Notification") as GraphQLObjectType;
    for (const f of ["id", "kind", "title", "text", "subjectType", "subjectId", "read", "createdAt"])
      expect(note.getFields()[f], f).toBeDefined();
  });
});
