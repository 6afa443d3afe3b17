import type { ContentFieldsInput } from "@kepu/domain";
import { DomainEvent } from "../../../platform/events/domain-event.entity.js";
import type { TestServer } from "../../../test/test-server.js";
import { actingAs } from "../../../test/people.js";
import { ContentService } from "../content.service.js";

export const PROVINCE = "13800000000";
export const CITY_ZZ = "13800000001"; // 郑州市 4101
export const COUNTY_JS = "13800000002"; // 金水区 410105
export const COUNTY_EQ = "13800000005"; // 二七区 410103, home 410103001
export const INDIVIDUAL = "13800000009"; // home 410105002 (金水区)

export const article = (over: Partial<ContentFieldsInput> = {}): ContentFieldsInput => ({
  kind: "ARTICLE",
  title: "秋季流感预防小知识",
  body: "<p>勤洗手、多通风。</p>",
  channel: "health",
  source: "KEPU_CHINA",
  summary: "流感高发季的三点提醒",
  tags: ["流感", "健康"],
  ...over,
});

/** A published item made through the services as the province. */
export async function publishedContent(s: TestServer, over: Partial<ContentFieldsInput> = {}) {
  const svc = new ContentService(await actingAs(s.running.services, PROVINCE));
  const c = await svc.create(article(over));
  return svc.publish(c.dbId);
}

export async function events(s: TestServer, type: string): Promise<DomainEvent[]> {
  return s.running.ds.getRepository(DomainEvent).find({ where: { type }, order: { id: "ASC" } });
}

export const gid = (type: string, id: number) => Buffer.from(`${type}:${id}`).toString("base64url");
export const code = (r: { errors?: { extensions?: { code?: string } }[] }) => r.errors?.[0]?.extensions?.code;
export const field = (r: { errors?: { extensions?: { field?: string } }[] }) => r.errors?.[0]?.extensions?.field;
