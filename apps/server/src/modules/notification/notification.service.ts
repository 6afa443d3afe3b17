import { badInput, excerpt } from "@kepu/domain";
import { requireVolunteer } from "../../platform/actor-guards.js";
import type { Connection } from "../../platform/pagination/connection.js";
import { paginate, type PageArgs } from "../../platform/pagination/keyset.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Notification } from "./notification.entity.js";

/** At most this many ids per markNotificationsRead call (the same bound as nodes(ids)). */
export const MARK_READ_MAX_IDS = 100;

/** A person's own notifications: nobody else's are ever listed, counted or marked. */
export class NotificationService {
  constructor(private readonly rc: RequestContext) {}

  private me(): number {
    return Number(requireVolunteer(this.rc.actor).volunteerId);
  }

  /** Newest first; `unreadOnly` keeps the unread ones. */
  list(filter: { unreadOnly?: boolean | null }, page: PageArgs): Promise<Connection<Notification>> {
    const qb = this.rc.ds.getRepository(Notification).createQueryBuilder("n").where("n.recipient_id = :me", { me: this.me() });
    if (filter.unreadOnly) qb.andWhere("n.read_at IS NULL");
    return paginate(qb, [{ column: "n.id", direction: "DESC", value: (n) => n.dbId }], page);
  }

  async unreadCount(): Promise<number> {
    const [row] = (await this.rc.ds.query("SELECT COUNT(*) AS n FROM notification WHERE recipient_id = ? AND read_at IS NULL", [
      this.me(),
    ])) as { n: number | string }[];
    return Number(row?.n ?? 0);
  }

  /** The caller's own row, or null (someone else's is as good as absent). */
  async findOwn(dbId: number): Promise<Notification | null> {
    const me = this.rc.actor.kind === "volunteer" ? Number(this.rc.actor.volunteerId) : null;
    if (me === null) return null;
    return this.rc.ds.getRepository(Notification).findOneBy({ dbId, recipientId: me });
  }

  /**
   * Marks the given notifications read (all unread ones when `ids` is omitted); ids of others'
   * notifications are ignored, not refused, as with any invisible row. Returns how many changed.
   */
  async markRead(ids: readonly number[] | null | undefined): Promise<number> {
    const me = this.me();
    if (ids && ids.length > MARK_READ_MAX_IDS)
      throw badInput(`一次最多标记 ${MARK_READ_MAX_IDS} 条通知（收到 ${excerpt(String(ids.length))}）`, "ids");
    if (ids && ids.length === 0) return 0;
    return this.rc.write(async (tx) => {
      const qb = tx.em
        .createQueryBuilder()
        .update(Notification)
        .set({ readAt: tx.now })
        .where("recipient_id = :me AND read_at IS NULL", { me });
      if (ids) qb.andWhere("id IN (:...ids)", { ids: [...new Set(ids)] });
      const res = await qb.execute();
      return res.affected ?? 0;
    });
  }
}
