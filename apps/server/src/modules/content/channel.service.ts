import { assertChannelCode, badInput, cleanText, conflict, excerpt, forbidden, isStaff, MAX_CHANNELS, notFound } from "@kepu/domain";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Channel, VolunteerChannel } from "./channel.entity.js";
import { createContentLoaders } from "./content.loaders.js";

export interface ChannelInput {
  code: string;
  name: string;
  enabled?: boolean | null;
}

const cleanName = (name: string | null | undefined) => {
  const clean = cleanText(name, "name", "频道名称", 16);
  if (!clean) throw badInput("请填写频道名称", "name");
  return clean;
};

/** 频道: the list everyone reads, the province's edits, and each volunteer's own choice (我的频道). */
export class ChannelService {
  constructor(private readonly rc: RequestContext) {}

  private get repo() {
    return this.rc.ds.getRepository(Channel);
  }

  private canSeeDisabled(): boolean {
    const actor = this.rc.actor;
    return actor.kind === "system" || (actor.kind === "volunteer" && isStaff(actor));
  }

  /** Enabled channels in order; staff may ask for the disabled ones too. */
  async list(includeDisabled = false): Promise<Channel[]> {
    if (includeDisabled && !this.canSeeDisabled()) throw forbidden("只有管理员可以查看已停用的频道");
    const all = await this.repo.find({ order: { sortOrder: "ASC", code: "ASC" } });
    for (const c of all) this.rc.loaders(createContentLoaders).channelByCode.prime(c.code, c);
    return includeDisabled ? all : all.filter((c) => c.enabled);
  }

  async findVisible(code: string): Promise<Channel | null> {
    const channel = await this.rc.loaders(createContentLoaders).channelByCode.load(code);
    return channel && (channel.enabled || this.canSeeDisabled()) ? channel : null;
  }

  /** A channel named in an input: unknown is the input's fault (BAD_USER_INPUT on `field`). */
  async requireInput(code: string, field = "channel"): Promise<Channel> {
    const valid = assertChannelCode(code, field);
    const channel = await this.rc.loaders(createContentLoaders).channelByCode.load(valid);
    if (!channel) throw badInput(`频道不存在：${excerpt(valid)}`, field);
    return channel;
  }

  async create(input: ChannelInput): Promise<Channel> {
    const code = assertChannelCode(input.code, "code");
    const name = cleanName(input.name);
    try {
      const channel = await this.rc.write(async (tx) => {
        const repo = tx.em.getRepository(Channel);
        if ((await repo.count()) >= MAX_CHANNELS) throw conflict(`频道最多 ${MAX_CHANNELS} 个`);
        const [last] = await repo.find({ order: { sortOrder: "DESC" }, take: 1 });
        const row = repo.create({
          code,
          name,
          sortOrder: (last?.sortOrder ?? 0) + 10,
          enabled: input.enabled ?? true,
          builtIn: false,
          createdAt: tx.now,
          updatedAt: tx.now,
        });
        await repo.insert(row);
        return row;
      });
      this.rc.loaders(createContentLoaders).channelByCode.clear(code);
      return channel;
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict(`频道代码已存在：${code}`, "code");
      throw err;
    }
  }

  async update(code: string, input: { name?: string | null; enabled?: boolean | null }): Promise<Channel> {
    const valid = assertChannelCode(code, "code");
    const changes: Partial<Channel> = {};
    if (input.name !== undefined && input.name !== null) changes.name = cleanName(input.name);
    if (input.enabled !== undefined && input.enabled !== null) changes.enabled = input.enabled;
    const channel = await this.rc.write(async (tx) => {
      const repo = tx.em.getRepository(Channel);
      const row = await repo.findOneBy({ code: valid });
      if (!row) throw notFound(`频道不存在：${valid}`);
      if (Object.keys(changes).length) await repo.update({ code: valid }, { ...changes, updatedAt: tx.now });
      return Object.assign(row, changes, { updatedAt: tx.now });
    });
    this.rc.loaders(createContentLoaders).channelByCode.clear(valid);
    return channel;
  }

  /** The new order of every channel: the list must name each existing channel exactly once. */
  async reorder(codes: readonly string[]): Promise<Channel[]> {
    const wanted = codes.map((c) => assertChannelCode(c, "codes"));
    if (new Set(wanted).size !== wanted.length) throw badInput("频道代码重复", "codes");
    await this.rc.write(async (tx) => {
      const repo = tx.em.getRepository(Channel);
      const existing = new Set((await repo.find({ select: { code: true } })).map((c) => c.code));
      const unknown = wanted.find((c) => !existing.has(c));
      if (unknown) throw badInput(`频道不存在：${unknown}`, "codes");
      if (wanted.length !== existing.size) throw badInput("请列出全部频道的新顺序", "codes");
      for (const [i, code] of wanted.entries()) await repo.update({ code }, { sortOrder: (i + 1) * 10, updatedAt: tx.now });
    });
    this.rc.loaders(createContentLoaders).channelByCode.clearAll();
    return this.list(true);
  }

  /** 我的频道: the person's chosen enabled channels in their order; all enabled channels until they choose. */
  async mine(): Promise<Channel[]> {
    const actor = requireVolunteer(this.rc.actor);
    const enabled = await this.list();
    const chosen = await this.rc.ds
      .getRepository(VolunteerChannel)
      .find({ where: { volunteerId: Number(actor.volunteerId) }, order: { sortOrder: "ASC" } });
    if (!chosen.length) return enabled;
    const byCode = new Map(enabled.map((c) => [c.code, c]));
    return chosen.map((c) => byCode.get(c.channelCode)).filter((c): c is Channel => c !== undefined);
  }

  async setMine(codes: readonly string[]): Promise<Channel[]> {
    const actor = requireVolunteer(this.rc.actor);
    if (codes.length > MAX_CHANNELS) throw badInput(`最多选择 ${MAX_CHANNELS} 个频道`, "codes");
    const wanted = [...new Set(codes.map((c) => assertChannelCode(c, "codes")))];
    const enabled = new Set((await this.list()).map((c) => c.code));
    const unknown = wanted.find((c) => !enabled.has(c));
    if (unknown) throw badInput(`频道不存在或已停用：${unknown}`, "codes");
    const volunteerId = Number(actor.volunteerId);
    await this.rc.write(async (tx) => {
      const repo = tx.em.getRepository(VolunteerChannel);
      await repo.delete({ volunteerId });
      if (wanted.length) await repo.insert(wanted.map((channelCode, i) => ({ volunteerId, channelCode, sortOrder: i })));
    });
    return this.mine();
  }
}
