import {
  assertIdempotencyKey,
  assertQuantity,
  badInput,
  cleanCancelReason,
  cleanText,
  conflict,
  DomainError,
  EventType,
  forbidden,
  isProvince,
  MALL_LIMITS,
  type MallItemKind,
  maskPhone,
  notFound,
  PointsReason,
  type RedemptionStatus,
  saleStateAt,
  startOfLocalDate,
} from "@kepu/domain";
import { In } from "typeorm";
import { dialectOf } from "../../db/data-source.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs, type SortKey } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import type { Tx } from "../../platform/unit-of-work.js";
import { appendEntry } from "../points/points-ledger.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { MallItem, MallItemHolding } from "./mall-item.entity.js";
import { ITEM_GONE, MallItemService } from "./mall-item.service.js";
import { createMallLoaders } from "./mall.loaders.js";
import { Redemption } from "./redemption.entity.js";
import { redemptionEvent, redemptionFacts } from "./redemption.events.js";

export interface RedemptionFilter {
  status?: RedemptionStatus | null;
  kind?: MallItemKind | null;
  itemId?: number | null;
  /** LocalDate, inclusive */
  from?: string | null;
  /** LocalDate, exclusive */
  to?: string | null;
  /** the volunteer's nickname or real name, the item's name, or the last 4 digits of the phone */
  search?: string | null;
}

const NEWEST_FIRST: SortKey<Redemption>[] = [{ column: "r.id", direction: "DESC", value: (r) => r.dbId }];

/** MariaDB gives up one of two transactions waiting on each other; the loser is safe to run again. */
const RETRYABLE = new Set(["ER_LOCK_DEADLOCK", "ER_LOCK_WAIT_TIMEOUT"]);
const isRetryable = (err: unknown) => {
  const e = err as { code?: string; driverError?: { code?: string } };
  return RETRYABLE.has(e?.driverError?.code ?? e?.code ?? "");
};
const ATTEMPTS = 5;

/** What a redeem is about to buy, fixed before its transaction: the transaction proves the item still matches. */
interface Order {
  volunteerId: number;
  item: MallItem;
  quantity: number;
  key: string;
  phone: string | null;
  regionCode: string | null;
}

export class RedemptionService {
  constructor(private readonly rc: RequestContext) {}

  private get repo() {
    return this.rc.ds.getRepository(Redemption);
  }

  /** The person who placed it and the province (who fulfils orders); nobody else. */
  canSee(r: Redemption): boolean {
    const actor = this.rc.actor;
    if (actor.kind === "system" || isProvince(actor)) return true;
    return actor.kind === "volunteer" && actor.volunteerId === String(r.volunteerId);
  }

  async findVisible(dbId: number): Promise<Redemption | null> {
    const r = await this.rc.loaders(createMallLoaders).redemptionById.load(dbId);
    return r && this.canSee(r) ? r : null;
  }

  /**
   * Takes the points and the stock in one transaction, or nothing. Idempotent per (volunteer, key):
   * a retry — after the first attempt committed, or racing it — answers the order the first one made.
   */
  async redeem(itemId: number, rawQuantity: number, rawKey: string): Promise<Redemption> {
    const actor = requireVolunteer(this.rc.actor);
    const volunteerId = Number(actor.volunteerId);
    const key = assertIdempotencyKey(rawKey);
    const quantity = assertQuantity(rawQuantity);
    const prior = await this.byKey(volunteerId, key);
    if (prior) return this.sameOrder(prior, itemId, quantity);

    const items = new MallItemService(this.rc);
    const item = await items.requireForSale(itemId);
    assertOnSale(item, items.now());
    if (item.perPersonLimit !== null && quantity > item.perPersonLimit) {
      throw badInput(`该商品每人限兑 ${item.perPersonLimit} 件`, "quantity");
    }
    const me = await this.rc.ds.getRepository(Volunteer).findOneBy({ dbId: volunteerId });
    if (!me) throw notFound("账号不存在");
    const order: Order = {
      volunteerId,
      item,
      quantity,
      key,
      phone: item.kind === "PHONE_CREDIT" ? me.phone : null,
      regionCode: me.regionCode,
    };
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.rc.write((tx) => this.place(tx, order));
      } catch (err) {
        // The same key won a race: this attempt rolled back; answer the order that stands.
        if (isUniqueViolation(err)) {
          const winner = await this.byKey(volunteerId, key);
          if (winner) return this.sameOrder(winner, itemId, quantity);
        }
        if (isRetryable(err) && attempt < ATTEMPTS) continue;
        throw err;
      }
    }
  }

  private byKey(volunteerId: number, idempotencyKey: string): Promise<Redemption | null> {
    return this.repo.findOneBy({ volunteerId, idempotencyKey });
  }

  private sameOrder(r: Redemption, itemId: number, quantity: number): Redemption {
    if (r.itemId !== itemId || r.quantity !== quantity) throw conflict("该幂等键已用于另一笔兑换", "idempotencyKey");
    return r;
  }

  /**
   * Lock order, the same in every mall write: (the volunteer row,) the order row, the item row, the
   * holding row, the points account. A volunteer's redeems queue on their own row first, so a
   * racing retry meets the committed order's key (and fails on it, taking nothing) instead of
   * waiting on an uncommitted one, which on MariaDB turns into a deadlock when that one rolls back.
   */
  private async place(tx: Tx, o: Order): Promise<Redemption> {
    const { item, quantity } = o;
    // SQLite runs one write at a time anyway.
    if (dialectOf(tx.em.connection) === "mariadb") await tx.em.query("SELECT id FROM volunteer WHERE id = ? FOR UPDATE", [o.volunteerId]);
    const r = tx.em.getRepository(Redemption).create({
      volunteerId: o.volunteerId,
      itemId: item.dbId,
      itemName: item.name,
      kind: item.kind,
      quantity,
      unitPoints: item.pricePoints,
      totalPoints: item.pricePoints * quantity,
      status: "PENDING",
      idempotencyKey: o.key,
      phoneSealed: o.phone ? this.rc.app.pii.encrypt(o.phone) : null,
      phoneMasked: o.phone ? maskPhone(o.phone) : null,
      regionCode: o.regionCode,
      cancelReason: null,
      cancelledById: null,
      fulfilledById: null,
      createdAt: tx.now,
      fulfilledAt: null,
      cancelledAt: null,
    });
    await tx.em.getRepository(Redemption).insert(r);

    // Stock: one conditional UPDATE, which also proves the item is still the one priced above.
    const limitSql = item.perPersonLimit === null ? "per_person_limit IS NULL" : "per_person_limit = :limit";
    const took = await tx.em
      .createQueryBuilder()
      .update(MallItem)
      .set({ stock: () => "stock - :q", sold: () => "sold + :q" })
      .where(
        `id = :id AND stock >= :q AND enabled = :on AND price_points = :price AND kind = :kind AND ${limitSql}
         AND (sale_from IS NULL OR sale_from <= :now) AND (sale_until IS NULL OR sale_until > :now)`,
        { id: item.dbId, q: quantity, on: true, price: item.pricePoints, kind: item.kind, limit: item.perPersonLimit, now: tx.now },
      )
      .execute();
    if (!took.affected) throw await whyNotTaken(tx, item);

    await this.hold(tx, o.volunteerId, item, quantity);
    await appendEntry(tx, {
      volunteerId: o.volunteerId,
      delta: -r.totalPoints,
      reason: PointsReason.REDEMPTION,
      idempotencyKey: `redemption:${r.dbId}`,
      reference: `Redemption:${r.dbId}`,
      regionCode: o.regionCode,
    });
    await tx.emit(redemptionEvent(EventType.REDEMPTION_CREATED, r, redemptionFacts(r)));
    return r;
  }

  /** The per-person limit: the holding row exists (made empty if new), then one conditional UPDATE adds to it. */
  private async hold(tx: Tx, volunteerId: number, item: MallItem, quantity: number): Promise<void> {
    if (dialectOf(tx.em.connection) === "mariadb") {
      // An upsert that writes nothing takes the row's exclusive lock (INSERT IGNORE would take a shared one).
      await tx.em.query(
        "INSERT INTO mall_item_holding (item_id, volunteer_id, quantity) VALUES (?, ?, 0) ON DUPLICATE KEY UPDATE quantity = quantity",
        [item.dbId, volunteerId],
      );
    } else {
      await tx.em
        .getRepository(MallItemHolding)
        .createQueryBuilder()
        .insert()
        .values({ itemId: item.dbId, volunteerId, quantity: 0 })
        .orIgnore()
        .execute();
    }
    const limitSql = item.perPersonLimit === null ? "" : " AND quantity + :q <= :limit";
    const res = await tx.em
      .createQueryBuilder()
      .update(MallItemHolding)
      .set({ quantity: () => "quantity + :q" })
      .where(`item_id = :item AND volunteer_id = :v${limitSql}`, {
        item: item.dbId,
        v: volunteerId,
        q: quantity,
        limit: item.perPersonLimit,
      })
      .execute();
    if (!res.affected) {
      const held = await tx.em.getRepository(MallItemHolding).findOneBy({ itemId: item.dbId, volunteerId });
      throw badInput(`该商品每人限兑 ${item.perPersonLimit} 件，您已兑换 ${held?.quantity ?? 0} 件`, "quantity");
    }
  }

  /**
   * Cancels a pending order and gives everything back in the same transaction: the points (a
   * REDEMPTION_REFUND entry), the stock and the holding. The province must say why; the volunteer may.
   */
  async cancel(dbId: number, rawReason: string | null | undefined): Promise<Redemption> {
    const actor = this.rc.actor;
    if (actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
    const r = await this.repo.findOneBy({ dbId });
    if (!r || !this.canSee(r)) throw notFound("订单不存在");
    const reason = cleanCancelReason(actor, String(r.volunteerId), rawReason);
    if (r.status !== "PENDING") throw conflict("只能取消待发放的订单");
    const cancelledById = actor.kind === "volunteer" ? Number(actor.volunteerId) : null;
    const cancelledAt = await this.withRetry(() =>
      this.rc.write(async (tx) => {
        const res = await tx.em
          .createQueryBuilder()
          .update(Redemption)
          .set({ status: "CANCELLED", cancelReason: reason, cancelledById, cancelledAt: tx.now })
          .where("id = :id AND status = 'PENDING'", { id: r.dbId })
          .execute();
        if (!res.affected) throw conflict("只能取消待发放的订单");
        await tx.em
          .createQueryBuilder()
          .update(MallItem)
          .set({ stock: () => "stock + :q", sold: () => "sold - :q" })
          .where("id = :id", { id: r.itemId, q: r.quantity })
          .execute();
        await tx.em
          .createQueryBuilder()
          .update(MallItemHolding)
          .set({ quantity: () => "quantity - :q" })
          .where("item_id = :item AND volunteer_id = :v AND quantity >= :q", { item: r.itemId, v: r.volunteerId, q: r.quantity })
          .execute();
        await appendEntry(tx, {
          volunteerId: r.volunteerId,
          delta: r.totalPoints,
          reason: PointsReason.REDEMPTION_REFUND,
          idempotencyKey: `redemption-refund:${r.dbId}`,
          reference: `Redemption:${r.dbId}`,
          regionCode: r.regionCode,
        });
        const by = cancelledById === r.volunteerId ? "VOLUNTEER" : "PROVINCE";
        await tx.emit(redemptionEvent(EventType.REDEMPTION_CANCELLED, r, { ...redemptionFacts(r), by, reason }));
        return tx.now;
      }),
    );
    this.forget(r.dbId, r.itemId);
    return Object.assign(r, { status: "CANCELLED" as const, cancelReason: reason, cancelledById, cancelledAt });
  }

  /**
   * Marks pending orders fulfilled (the province, after topping up or shipping). Idempotent: an
   * order already fulfilled, or cancelled, is left as it is and not counted.
   */
  async fulfil(dbIds: readonly number[]): Promise<{ changed: number; redemptions: Redemption[] }> {
    const actor = this.rc.actor;
    if (actor.kind !== "system" && !isProvince(actor)) throw forbidden("只有省科协可以标记订单已发放");
    const ids = [...new Set(dbIds)].sort((a, b) => a - b);
    if (ids.length === 0) throw badInput("请选择要标记的订单", "ids");
    if (ids.length > MALL_LIMITS.bulkMax) throw badInput(`一次最多标记 ${MALL_LIMITS.bulkMax} 个订单`, "ids");
    const fulfilledById = actor.kind === "volunteer" ? Number(actor.volunteerId) : null;
    const changed = await this.withRetry(() =>
      this.rc.write(async (tx) => {
        const rows = await tx.em.getRepository(Redemption).findBy({ dbId: In(ids), status: "PENDING" });
        let n = 0;
        // One guarded UPDATE per order, in id order (a fixed lock order for two bulk calls at once).
        for (const r of rows.sort((a, b) => a.dbId - b.dbId)) {
          const res = await tx.em
            .createQueryBuilder()
            .update(Redemption)
            .set({ status: "FULFILLED", fulfilledById, fulfilledAt: tx.now })
            .where("id = :id AND status = 'PENDING'", { id: r.dbId })
            .execute();
          if (!res.affected) continue;
          n++;
          await tx.emit(redemptionEvent(EventType.REDEMPTION_FULFILLED, r, redemptionFacts(r)));
        }
        return n;
      }),
    );
    for (const id of ids) this.rc.loaders(createMallLoaders).redemptionById.clear(id);
    const redemptions = (await this.rc.loaders(createMallLoaders).redemptionById.loadMany(ids)).filter(
      (r): r is Redemption => r instanceof Redemption,
    );
    return { changed, redemptions };
  }

  /** The province's order list (filters as in RedemptionFilter), newest first. */
  query(filter: RedemptionFilter) {
    const actor = this.rc.actor;
    if (actor.kind !== "system" && !isProvince(actor)) throw forbidden("只有省科协可以查看兑换订单");
    const qb = this.repo.createQueryBuilder("r");
    if (filter.status) qb.andWhere("r.status = :status", { status: filter.status });
    if (filter.kind) qb.andWhere("r.kind = :kind", { kind: filter.kind });
    if (filter.itemId) qb.andWhere("r.item_id = :itemId", { itemId: filter.itemId });
    if (filter.from && filter.to && filter.from >= filter.to) throw badInput("结束日期必须晚于开始日期（不含结束日期当天）", "to");
    if (filter.from) qb.andWhere("r.created_at >= :from", { from: startOfLocalDate(filter.from) });
    if (filter.to) qb.andWhere("r.created_at < :to", { to: startOfLocalDate(filter.to) });
    const search = cleanText(filter.search, "search", "搜索词", 32);
    if (search) {
      if (/^\d{4}$/.test(search)) {
        qb.andWhere("EXISTS (SELECT 1 FROM volunteer v WHERE v.id = r.volunteer_id AND v.phone LIKE :tail)", { tail: `%${search}` });
      } else {
        const p = `%${search.replace(/[!%_]/g, (c) => `!${c}`)}%`;
        qb.andWhere(
          `(r.item_name LIKE :p ESCAPE '!' OR EXISTS (SELECT 1 FROM volunteer v WHERE v.id = r.volunteer_id
            AND (v.nickname LIKE :p ESCAPE '!' OR v.real_name LIKE :p ESCAPE '!')))`,
          { p },
        );
      }
    }
    return qb;
  }

  list(filter: RedemptionFilter, page: PageArgs): Promise<Connection<Redemption>> {
    return paginate(this.query(filter), NEWEST_FIRST, page);
  }

  /** The signed-in volunteer's own orders, newest first. */
  mine(status: RedemptionStatus | null | undefined, page: PageArgs): Promise<Connection<Redemption>> {
    const actor = requireVolunteer(this.rc.actor);
    const qb = this.repo.createQueryBuilder("r").where("r.volunteer_id = :me", { me: Number(actor.volunteerId) });
    if (status) qb.andWhere("r.status = :status", { status });
    return paginate(qb, NEWEST_FIRST, page);
  }

  private async withRetry<T>(work: () => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (err) {
        if (isRetryable(err) && attempt < ATTEMPTS) continue;
        throw err;
      }
    }
  }

  private forget(redemptionId: number, itemId: number): void {
    const loaders = this.rc.loaders(createMallLoaders);
    loaders.redemptionById.clear(redemptionId);
    loaders.itemById.clear(itemId);
  }
}

function assertOnSale(item: MallItem, now: Date): void {
  const state = saleStateAt(item, now);
  if (state === "NOT_STARTED") throw badInput("该商品尚未开始兑换", "itemId");
  if (state === "ENDED") throw badInput("该商品已结束兑换", "itemId");
}

/** Why the stock UPDATE matched nothing, read inside the transaction that is about to roll back. */
async function whyNotTaken(tx: Tx, before: MallItem): Promise<DomainError> {
  const now = await tx.em.getRepository(MallItem).findOneBy({ dbId: before.dbId });
  if (!now || !now.enabled) return notFound(ITEM_GONE);
  if (saleStateAt(now, tx.now) !== "ON_SALE") return badInput("该商品当前不在兑换时间内", "itemId");
  if (now.pricePoints !== before.pricePoints || now.kind !== before.kind || now.perPersonLimit !== before.perPersonLimit) {
    return conflict("商品信息刚刚有变更，请刷新后重试");
  }
  return new DomainError("OUT_OF_STOCK", now.stock > 0 ? `库存不足：仅剩 ${now.stock} 件` : "库存不足");
}
