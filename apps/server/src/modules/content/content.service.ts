import {
  assertRegionCode,
  cleanContentFields,
  cleanText,
  type ContentFieldsInput,
  type ContentFields,
  type ContentKind,
  type ContentSource,
  ContentStatus,
  conflict,
  forbidden,
  isStaff,
  narrowScope,
  notFound,
  scopeCovers,
  scopeOf,
} from "@kepu/domain";
import type { EntityManager } from "typeorm";
import { scopeCondition } from "../../db/region-scope.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { RegionService } from "../region/region.service.js";
import { ChannelService } from "./channel.service.js";
import { Content, ContentTag } from "./content.entity.js";
import { actorRegion, contentPublished } from "./content.events.js";
import { createContentLoaders } from "./content.loaders.js";

export interface ContentFilter {
  channel?: string | null;
  kind?: ContentKind | null;
  source?: ContentSource | null;
  tag?: string | null;
  search?: string | null;
  regionCode?: string | null;
  status?: readonly ContentStatus[] | null;
  featured?: boolean | null;
}

/** How both dialects store a DATETIME(3) in UTC, so a cursor compares as the column does. */
const utcDatetime = (d: Date) => d.toISOString().replace("T", " ").replace("Z", "");

/** Replaces an item's tag rows (what the `tag` filter reads) in the caller's transaction. */
export async function writeTags(em: EntityManager, contentId: number, tags: readonly string[]): Promise<void> {
  const repo = em.getRepository(ContentTag);
  await repo.delete({ contentId });
  if (tags.length) await repo.insert(tags.map((tag) => ({ contentId, tag })));
}

/**
 * Content: written by the province (any source) and by managers (LOCAL content of a region in
 * their subtree); read by every signed-in person once published, by staff in scope before.
 */
export class ContentService {
  constructor(private readonly rc: RequestContext) {}

  private get loaders() {
    return this.rc.loaders(createContentLoaders);
  }

  private get staff(): boolean {
    const a = this.rc.actor;
    return a.kind === "system" || (a.kind === "volunteer" && isStaff(a));
  }

  /** Drafts and unpublished items: the province, and managers whose subtree holds the item's region. */
  canSeeUnpublished(c: Pick<Content, "regionCode">): boolean {
    return this.staff && scopeCovers(scopeOf(this.rc.actor), c.regionCode);
  }

  canSee(c: Content): boolean {
    if (this.rc.actor.kind === "anonymous") return false;
    return c.status === ContentStatus.PUBLISHED || this.canSeeUnpublished(c);
  }

  /** Editing: the province any item; a manager only LOCAL items of their subtree. */
  canManage(c: Pick<Content, "regionCode" | "source">): boolean {
    const a = this.rc.actor;
    if (a.kind === "system" || (a.kind === "volunteer" && a.tier === "PROVINCE_ADMIN")) return true;
    return this.staff && c.source === "LOCAL" && scopeCovers(scopeOf(a), c.regionCode);
  }

  async findVisible(id: number): Promise<Content | null> {
    const c = await this.loaders.byId.load(id);
    return c && this.canSee(c) ? c : null;
  }

  async requireVisible(id: number): Promise<Content> {
    const c = await this.findVisible(id);
    if (!c) throw notFound("内容不存在");
    return c;
  }

  /** What likes, comments, favourites and downloads are about: published items only, for everyone. */
  async requirePublished(id: number): Promise<Content> {
    const c = await this.loaders.byId.load(id);
    if (!c || c.status !== ContentStatus.PUBLISHED || this.rc.actor.kind === "anonymous") throw notFound("内容不存在或未发布");
    return c;
  }

  private async requireManageable(id: number): Promise<Content> {
    const c = await this.rc.ds.getRepository(Content).findOneBy({ dbId: id });
    if (!c || !this.canSee(c)) throw notFound("内容不存在");
    if (!this.canManage(c)) throw forbidden("只能管理本辖区的地方原创内容");
    return c;
  }

  /** Validates an editor's input against the rules, the channel and region lists, and the author's authority. */
  async cleanInput(input: ContentFieldsInput): Promise<ContentFields> {
    const a = this.rc.actor;
    const province = a.kind === "system" || (a.kind === "volunteer" && a.tier === "PROVINCE_ADMIN");
    // A manager writes their own region's LOCAL content; the region defaults to the one they manage.
    const managed = !province && a.kind === "volunteer" ? a.managedRegionCode : null;
    const fields = cleanContentFields(input.regionCode || !managed ? input : { ...input, regionCode: managed });
    await new ChannelService(this.rc).requireInput(fields.channelCode, "channel");
    if (!province && fields.source !== "LOCAL") throw forbidden("管理员只能发布地方原创（LOCAL）内容");
    if (fields.regionCode) {
      const region = await new RegionService(this.rc).requireInput(fields.regionCode, "regionCode");
      fields.regionCode = region.code;
    }
    if (!province && !scopeCovers(scopeOf(a), fields.regionCode)) throw forbidden("只能为本辖区发布内容");
    return fields;
  }

  async create(input: ContentFieldsInput): Promise<Content> {
    const fields = await this.cleanInput(input);
    const authorId = this.rc.actor.kind === "volunteer" ? Number(this.rc.actor.volunteerId) : null;
    try {
      return await this.rc.write(async (tx) => {
        const repo = tx.em.getRepository(Content);
        const row = repo.create({
          ...fields,
          status: ContentStatus.DRAFT,
          authorId,
          publishedAt: null,
          listedAt: tx.now,
          createdAt: tx.now,
          updatedAt: tx.now,
        });
        await repo.insert(row);
        await writeTags(tx.em, row.dbId, fields.tags);
        return row;
      });
    } catch (err) {
      if (isDuplicateExternalId(err)) throw conflict("外部编号已被其他内容使用", "externalId");
      throw err;
    }
  }

  async update(id: number, input: ContentFieldsInput): Promise<Content> {
    // The body's size is refused before the row is even read (cleanContentFields checks it first).
    const fields = await this.cleanInput(input);
    const current = await this.requireManageable(id);
    // An editor that does not send the external id keeps it (imports match on it).
    if (input.externalId === undefined) fields.externalId = current.externalId;
    try {
      await this.rc.write(async (tx) => {
        await tx.em.getRepository(Content).update({ dbId: id }, { ...fields, updatedAt: tx.now });
        await writeTags(tx.em, id, fields.tags);
      });
    } catch (err) {
      if (isDuplicateExternalId(err)) throw conflict("外部编号已被其他内容使用", "externalId");
      throw err;
    }
    this.loaders.byId.clear(id);
    this.loaders.body.clear(id);
    const { body: _body, ...rest } = fields;
    return Object.assign(current, rest, { updatedAt: new Date() });
  }

  /** DRAFT or UNPUBLISHED → PUBLISHED, with its CONTENT_PUBLISHED event; publishing a published item changes nothing. */
  async publish(id: number): Promise<Content> {
    const current = await this.requireManageable(id);
    if (current.status === ContentStatus.PUBLISHED) return current;
    await this.rc.write((tx) => publishInTx(tx, current));
    this.loaders.byId.clear(id);
    return current;
  }

  async unpublish(id: number): Promise<Content> {
    const current = await this.requireManageable(id);
    if (current.status === ContentStatus.UNPUBLISHED) return current;
    if (current.status !== ContentStatus.PUBLISHED) throw conflict("只有已发布的内容可以下架");
    const at = await this.rc.write(async (tx) => {
      const res = await tx.em
        .createQueryBuilder()
        .update(Content)
        .set({ status: ContentStatus.UNPUBLISHED, updatedAt: tx.now })
        .where("id = :id AND status = 'PUBLISHED'", { id })
        .execute();
      if (!res.affected) throw conflict("该内容状态已变化，请刷新后重试");
      return tx.now;
    });
    this.loaders.byId.clear(id);
    return Object.assign(current, { status: ContentStatus.UNPUBLISHED, updatedAt: at });
  }

  /** Newest first (by listing time). Volunteers see published items; staff may ask for other statuses within their scope. */
  list(filter: ContentFilter, page: PageArgs): Promise<Connection<Content>> {
    return this.query(filter).then((qb) =>
      paginate(
        qb,
        [
          { column: "c.listed_at", direction: "DESC", value: (c) => utcDatetime(c.listedAt) },
          { column: "c.id", direction: "DESC", value: (c) => c.dbId },
        ],
        page,
      ),
    );
  }

  async query(filter: ContentFilter) {
    const statuses = filter.status?.length ? [...new Set(filter.status)] : [ContentStatus.PUBLISHED];
    const qb = this.rc.ds.getRepository(Content).createQueryBuilder("c").where("c.status IN (:...statuses)", { statuses });
    const regionCode = filter.regionCode ? assertRegionCode(filter.regionCode, "regionCode") : null;
    if (statuses.some((s) => s !== ContentStatus.PUBLISHED)) {
      if (!this.staff) throw forbidden("只有管理员可以查看未发布的内容");
      // Published items are everyone's; the others only within the caller's subtree.
      const scope = scopeCondition("c.region_code", narrowScope(scopeOf(this.rc.actor), regionCode), "seen");
      qb.andWhere(`(c.status = 'PUBLISHED' OR ${scope.sql})`, scope.params);
    }
    if (regionCode) {
      const sub = scopeCondition("c.region_code", { kind: "subtree", code: regionCode }, "region");
      qb.andWhere(sub.sql, sub.params);
    }
    if (filter.channel) {
      const channel = await new ChannelService(this.rc).requireInput(filter.channel, "channel");
      qb.andWhere("c.channel_code = :channel", { channel: channel.code });
    }
    if (filter.kind) qb.andWhere("c.kind = :kind", { kind: filter.kind });
    if (filter.source) qb.andWhere("c.source = :source", { source: filter.source });
    const tag = cleanText(filter.tag, "tag", "标签", 20);
    if (tag) qb.andWhere("EXISTS (SELECT 1 FROM content_tag t WHERE t.content_id = c.id AND t.tag = :tag)", { tag });
    if (filter.featured === true) qb.andWhere("c.featured_until > :now", { now: new Date() });
    if (filter.featured === false) qb.andWhere("(c.featured_until IS NULL OR c.featured_until <= :now)", { now: new Date() });
    const search = cleanText(filter.search, "search", "搜索词", 32);
    if (search) {
      const pattern = `%${search.replace(/[!%_]/g, (ch) => `!${ch}`)}%`;
      qb.andWhere("(c.title LIKE :p ESCAPE '!' OR c.summary LIKE :p ESCAPE '!')", { p: pattern });
    }
    return qb;
  }
}

function isDuplicateExternalId(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string; message?: string }; message?: string };
  const code = e?.driverError?.code ?? e?.code;
  const message = e?.driverError?.message ?? e?.message ?? "";
  return (code === "ER_DUP_ENTRY" || code === "SQLITE_CONSTRAINT_UNIQUE") && /external_id/.test(message);
}

/** Publishes inside an open write (publishContent, imports): the guarded status change and its event. */
export async function publishInTx(tx: Tx, c: Content, publishedAt: Date | null = null, region?: string | null): Promise<boolean> {
  const first = c.publishedAt === null;
  const at = publishedAt ?? tx.now;
  const res = await tx.em
    .createQueryBuilder()
    .update(Content)
    .set({
      status: ContentStatus.PUBLISHED,
      publishedAt: first ? at : c.publishedAt!,
      listedAt: first ? at : c.listedAt,
      updatedAt: tx.now,
    })
    .where("id = :id AND status <> 'PUBLISHED'", { id: c.dbId })
    .execute();
  if (!res.affected) return false;
  Object.assign(c, { status: ContentStatus.PUBLISHED, publishedAt: first ? at : c.publishedAt, listedAt: first ? at : c.listedAt });
  await tx.emit(contentPublished(c, region === undefined ? await actorRegion(tx) : region, tx.now));
  return true;
}
