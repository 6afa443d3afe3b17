import { EventType } from "@kepu/domain";
import type { EventInput } from "../../platform/events/outbox.js";
import type { ShareEvent, ShareOpen } from "./share.entity.js";

// One builder per event (docs/events.md). Region: the sharer's home region at that moment.

/** One per share row: a retried recordShare never gets this far (the share's unique key stops it first). */
export const shareRecorded = (share: ShareEvent, channelCode: string): EventInput => ({
  type: EventType.SHARE_RECORDED,
  subjectType: "ShareEvent",
  subjectId: share.dbId,
  regionCode: share.regionCode,
  idempotencyKey: `share-recorded:${share.dbId}`,
  payload: { contentId: share.contentId, platform: share.platform, channel: channelCode, sharerId: share.volunteerId },
});

/** One per counted open (one per link, visitor and day); the visitor's hash stays out of the outbox. */
export const shareOpened = (open: ShareOpen, sharerId: number | null): EventInput => ({
  type: EventType.SHARE_OPENED,
  subjectType: "ShareEvent",
  subjectId: open.shareId,
  regionCode: open.regionCode,
  idempotencyKey: `share-opened:${open.dbId}`,
  payload: { contentId: open.contentId, platform: open.platform, shareOpenId: open.dbId, sharerId },
});
