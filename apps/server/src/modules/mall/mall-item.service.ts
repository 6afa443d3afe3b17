import {
  assertIdempotencyKey,
  assertRestockDelta,
  assertSaleWindow,
  badInput,
  conflict,
  cleanMallItem,
  cleanMallItemPatch,
  forbidden,
  isProvince,
  isStaff,
  type MallItemInputShape,
  notFound,
  personOf,
} from "@kepu/domain";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { RequestContext } from "../../platform/request-context.js";
import { MallItem, MallRestock } from "./mall-item.entity.js";
import { createMallLoaders } from "./mall.loaders.js";

/** The mall is small (tens of items); a list beyond this is a mistake, not a catalogue. */
export const MALL_LIST_MAX = 500;

const ITEM_GONE = "商品不存在或已下架";

export class MallItemService {
  constructor(private readonly rc: RequestContext) {}

  private get repo() {
    return this.rc.ds.getRepository(MallItem);
  }

  /** The clock writes use (tests may set one), for checks made before a transaction opens. */
  now(): Date {
    return this.rc.app.clock?.() ?? new Date();
  }

  private canSeeAll(): boolean {
    const actor = this.rc.actor;
    return actor.kind === "system" || (actor.kind === "volunteer" && isStaff(actor));
  }

  private requireProvince(): void {
    const actor = this.rc.actor;
    if (actor.kind !== "system" && !isProvince(actor)) throw forbidden("只有省科协可以管理积分商城");
  }

  /** Staff see every item; signed-in people an enabled one (on sale or not: an order's item stays readable). */
  async findVisible(dbId: number): Promise<MallItem | null> {
    if (this.rc.actor.kind === "anonymous") return null;
    const item = await this.rc.loaders(createMallLoaders).itemById.load(dbId);
    return item && (item.enabled || this.canSeeAll()) ? item : null;
  }

  /** Volunteers: what they can redeem now (enabled, inside its sale window). Staff with `all`: everything. */
  async list(all: boolean): Promise<MallItem[]> {
    if (all && !this.canSeeAll()) throw forbidden("只有管理员可以查看全部商品");
    const qb = this.repo.createQueryBuilder("i").orderBy("i.id", "DESC").limit(MALL_LIST_MAX);
    if (all) return qb.getMany();
    const now = this.now();
    qb.where("i.enabled = :on", { on: true })
      .andWhere("(i.sale_from IS NULL OR i.sale_from <= :now)", { now })
      .andWhere("(i.sale_until IS NULL OR i.sale_until > :now)", { now });
    return qb.getMany();
  }

  async create(input: MallItemInputShape): Promise<MallItem> {
    this.requireProvince();
    const fields = cleanMallItem(input);
    const createdById = personOf(this.rc.actor) ? Number(personOf(this.rc.actor)!.volunteerId) : null;
    return this.rc.write(async (tx) => {
      const item = this.repo.create({ ...fields, sold: 0, createdById, createdAt: tx.now, updatedAt: tx.now });
      await tx.em.getRepository(MallItem).insert(item);
      return item;
    });
  }

  /** Changes what the input names; stock moves only by restocks and redemptions (see cleanMallItemPatch). */
  async update(dbId: number, input: Omit<MallItemInputShape, "stock">): Promise<MallItem> {
    this.requireProvince();
    const patch = cleanMallItemPatch(input);
    const item = await this.rc.write(async (tx) => {
      const repo = tx.em.getRepository(MallItem);
      const current = await repo.findOneBy({ dbId });
      if (!current) throw notFound("商品不存在");
      assertSaleWindow(
        patch.saleFrom !== undefined ? patch.saleFrom : current.saleFrom,
        patch.saleUntil !== undefined ? patch.saleUntil : current.saleUntil,
      );
      if (Object.keys(patch).length === 0) return current;
      await repo.update({ dbId }, { ...patch, updatedAt: tx.now });
      return repo.findOneByOrFail({ dbId });
    });
    this.rc.loaders(createMallLoaders).itemById.clear(dbId);
    return item;
  }

  /**
   * Adds (or, negative, removes) stock. One conditional UPDATE (never below zero), then the restock
   * row under its unique (item, key): a retry hits that key, rolls back, and answers the item as it is.
   */
  async restock(dbId: number, rawDelta: number, rawKey: string): Promise<MallItem> {
    this.requireProvince();
    const delta = assertRestockDelta(rawDelta);
    const key = assertIdempotencyKey(rawKey);
    const person = personOf(this.rc.actor);
    const replay = async () => {
      const done = await this.rc.ds.getRepository(MallRestock).findOneBy({ itemId: dbId, idempotencyKey: key });
      if (done && done.delta !== delta) throw conflict("该幂等键已用于另一次库存调整", "idempotencyKey");
      return done;
    };
    // A retry after the first one committed changes nothing (even when the stock could no longer take it).
    if (!(await replay())) {
      try {
        await this.rc.write(async (tx) => {
          const res = await tx.em
            .createQueryBuilder()
            .update(MallItem)
            .set({ stock: () => "stock + :delta", updatedAt: tx.now })
            .where("id = :id AND stock + :delta >= 0", { id: dbId, delta })
            .execute();
          const item = await tx.em.getRepository(MallItem).findOneBy({ dbId });
          if (!item) throw notFound("商品不存在");
          if (!res.affected) throw badInput(`库存不足以减少 ${-delta} 件（当前 ${item.stock} 件）`, "delta");
          await tx.em.getRepository(MallRestock).insert({
            itemId: dbId,
            delta,
            stockAfter: item.stock,
            idempotencyKey: key,
            actorId: person ? Number(person.volunteerId) : null,
            createdAt: tx.now,
          });
        });
      } catch (err) {
        // The same key raced in: the first restock stands, this one rolled back.
        if (!isUniqueViolation(err) || !(await replay())) throw err;
      }
    }
    this.rc.loaders(createMallLoaders).itemById.clear(dbId);
    const item = await this.repo.findOneBy({ dbId });
    if (!item) throw notFound("商品不存在");
    return item;
  }

  /** An item a redemption may name: enabled, else NOT_FOUND (a disabled item is not for sale, whoever asks). */
  async requireForSale(dbId: number): Promise<MallItem> {
    const item = await this.repo.findOneBy({ dbId });
    if (!item || !item.enabled) throw notFound(ITEM_GONE);
    return item;
  }
}

export { ITEM_GONE };
