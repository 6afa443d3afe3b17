import { ContentStatus, isBotUserAgent, toLocalDate } from "@kepu/domain";
import { readRows } from "../../db/read-rows.js";
import { isUniqueViolation } from "../../db/unique-violation.js";
import type { AppServices } from "../../platform/app-services.js";
import { RequestContext } from "../../platform/request-context.js";
import type { ShareLinkView } from "./share-content.js";
import { ShareOpen } from "./share.entity.js";
import { shareOpened } from "./share.events.js";
import { visitorHasher } from "./share-visitor.js";

export interface Visitor {
  ip: string | null;
  userAgent: string | null;
  /** a prefetch or prerender the browser made on its own (Sec-Purpose / Purpose header) */
  prefetch: boolean;
}

export type OpenOutcome = "counted" | "repeat" | "ignored";

/** Whether a visit to a share link is a person reading it: a live link to published content, a browser, no prefetch. */
export function countable(view: ShareLinkView, visitor: Visitor): boolean {
  return !view.revoked && view.status === ContentStatus.PUBLISHED && !visitor.prefetch && !isBotUserAgent(visitor.userAgent);
}

/**
 * 打开: counts one open of a share link per visitor per Asia/Shanghai day, with its SHARE_OPENED
 * event in the same transaction (region: the sharer's home region now; actor: anonymous). A visit
 * already counted today costs one indexed read; a race between two first visits is settled by the
 * unique (share, day, visitor) key.
 */
export async function recordShareOpen(
  app: AppServices,
  view: ShareLinkView,
  visitor: Visitor,
  requestId: string,
  now: Date = new Date(),
): Promise<OpenOutcome> {
  if (!countable(view, visitor)) return "ignored";
  const hasher = visitorHasher(app.secrets.jwtSecret);
  const day = toLocalDate(now);
  const seen = await readRows(app.ds, "SELECT 1 AS seen FROM share_open WHERE share_id = ? AND day = ? AND visitor_hash = ?", [
    view.shareId,
    day,
    hasher.hash(day, visitor.ip, visitor.userAgent),
  ]);
  if (seen.length) return "repeat";
  const rc = RequestContext.anonymous(app, requestId);
  try {
    await rc.write(async (tx) => {
      const open = tx.em.getRepository(ShareOpen).create({
        shareId: view.shareId,
        contentId: view.contentId,
        platform: view.platform as ShareOpen["platform"],
        regionCode: view.sharerRegionCode,
        day: tx.day,
        visitorHash: hasher.hash(tx.day, visitor.ip, visitor.userAgent),
        openedAt: tx.now,
      });
      const result = await tx.em.getRepository(ShareOpen).insert(open);
      open.dbId = Number(open.dbId ?? result.identifiers[0]?.dbId); // insert() fills in the generated id
      await tx.emit(shareOpened(open, view.sharerId));
    });
    return "counted";
  } catch (err) {
    if (isUniqueViolation(err)) return "repeat";
    throw err;
  }
}
