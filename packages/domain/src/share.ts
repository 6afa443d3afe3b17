import { badInput, excerpt } from "./errors.js";

/** Where a volunteer shared a content item (传播 / 分享; docs/domain.md). */
export const SharePlatform = {
  WECHAT: "WECHAT",
  WECHAT_MOMENTS: "WECHAT_MOMENTS",
  WEIBO: "WEIBO",
  QQ: "QQ",
  QZONE: "QZONE",
  LINK: "LINK",
  OTHER: "OTHER",
} as const;
export type SharePlatform = (typeof SharePlatform)[keyof typeof SharePlatform];

export const sharePlatformLabels: Record<SharePlatform, string> = {
  WECHAT: "微信好友",
  WECHAT_MOMENTS: "微信朋友圈",
  WEIBO: "微博",
  QQ: "QQ",
  QZONE: "QQ空间",
  LINK: "复制链接",
  OTHER: "其他",
};

export const sharePlatforms: readonly SharePlatform[] = Object.values(SharePlatform);

export function isSharePlatform(value: unknown): value is SharePlatform {
  return typeof value === "string" && Object.hasOwn(sharePlatformLabels, value);
}

/** A platform from a client: one of the enum's values, else BAD_USER_INPUT on `platform`. */
export function requireSharePlatform(value: unknown): SharePlatform {
  if (!isSharePlatform(value)) throw badInput(`未知的分享平台：${excerpt(String(value))}`, "platform");
  return value;
}

/** The client's idempotency key for one share action: 8–64 of [A-Za-z0-9_-] (a UUID fits). */
export const CLIENT_EVENT_ID = /^[A-Za-z0-9_-]{8,64}$/;

export function requireClientEventId(value: unknown): string {
  if (typeof value !== "string" || !CLIENT_EVENT_ID.test(value)) {
    throw badInput("clientEventId 须为 8–64 位字母、数字、下划线或连字符", "clientEventId");
  }
  return value;
}

/** A share link's token: 16 random bytes in base64url (22 characters). */
export const SHARE_TOKEN = /^[A-Za-z0-9_-]{22}$/;

/** The tracked link of a share, in path form (the API's `ShareEvent.link`). */
export const shareLinkPath = (token: string): string => `/s/${token}`;

/**
 * Clients that fetch a link without a person behind it: link-preview fetchers, crawlers, scripts.
 * Their visits are not opens (打开 counts people). WeChat's in-app browser (MicroMessenger) and
 * other app webviews are people; so "preview" matches preview *bots*, not every UA with the word.
 */
const BOT_UA =
  /bot\b|bot\/|spider|crawl|slurp|preview|facebookexternalhit|embedly|vkshare|whatsapp|telegram|skypeuripreview|bingpreview|phantomjs|pingdom|uptimerobot|^curl|^wget|python|^java\/|okhttp|go-http-client|node-fetch|undici|axios|libwww|httpclient|scrapy|^php|^ruby|feedfetcher|mediapartners/i;

export function isBotUserAgent(userAgent: string | null | undefined): boolean {
  const ua = (userAgent ?? "").trim();
  if (ua.length < 10) return true; // empty or a bare token ("Mozilla", "-") is no browser
  if (/MicroMessenger|QQ\/|MQQBrowser|Weibo|AlipayClient|DingTalk/i.test(ua) && !/bot|spider|crawl/i.test(ua)) return false;
  return BOT_UA.test(ua);
}

/** The longest period `contentShareStats` answers at once (by-day rows stay bounded). */
export const SHARE_STATS_MAX_DAYS = 366;
