import { describe, expect, it } from "vitest";
import {
  isBotUserAgent,
  requireClientEventId,
  requireSharePlatform,
  shareLinkPath,
  sharePlatformLabels,
  sharePlatforms,
} from "../share.js";
import { notificationText } from "../notification.js";
import { expectBadInput } from "./helpers.js";

describe("share input", () => {
  it("accepts the seven platforms, each with a Chinese label, and refuses anything else on `platform`", () => {
    expect(sharePlatforms).toEqual(["WECHAT", "WECHAT_MOMENTS", "WEIBO", "QQ", "QZONE", "LINK", "OTHER"]);
    for (const p of sharePlatforms) expect(requireSharePlatform(p)).toBe(p);
    expect(Object.values(sharePlatformLabels).every((l) => l.length > 0)).toBe(true);
    for (const bad of ["wechat", "TIKTOK", "", null, 3, "toString", "__proto__"])
      expectBadInput(() => requireSharePlatform(bad), "platform");
  });

  it("takes client event ids of 8–64 URL-safe characters and refuses the rest on `clientEventId`", () => {
    for (const ok of ["abcdefgh", "0f8fad5b-d9cb-469f-a165-70867728950e", "A_b-9".padEnd(64, "x")])
      expect(requireClientEventId(ok)).toBe(ok);
    for (const bad of ["short", "x".repeat(65), "has space1", "中文中文中文中文", "abc/defgh", "abcdefgh\n", null, 12345678]) {
      expectBadInput(() => requireClientEventId(bad), "clientEventId");
    }
  });

  it("writes links in path form", () => {
    expect(shareLinkPath("AAAAAAAAAAAAAAAAAAAAAA")).toBe("/s/AAAAAAAAAAAAAAAAAAAAAA");
  });
});

describe("isBotUserAgent", () => {
  const people = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.47(0x18002f2c) NetType/WIFI Language/zh_CN",
    "Mozilla/5.0 (Linux; Android 13; V2199A) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 XWEB/1160065 MMWEBSDK/20231202 MicroMessenger/8.0.47.2560(0x28002F30) WeChat/arm64 Weixin NetType/WIFI",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/99 Mobile Safari/537.36 QQ/8.9.80.12440 V1_AND_SQ",
  ];
  const bots = [
    "",
    null,
    "-",
    "curl/8.5.0",
    "Wget/1.21.3",
    "python-requests/2.31.0",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
    "Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)",
    "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
    "Mozilla/5.0 (compatible; YandexBot/3.0)",
    "Twitterbot/1.0",
    "Mozilla/5.0 (Macintosh) AppleWebKit/601.2.4 (KHTML, like Gecko) Version/9.0.1 Safari/601.2.4 facebookexternalhit/1.1 Facebot Twitterbot/1.0",
    "Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)",
    "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
    "WhatsApp/2.23.20.0",
    "Go-http-client/1.1",
    "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)",
    "Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)",
    "Mozilla/5.0 (Windows NT 10.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120 Safari/537.36 (compatible; link preview)",
  ];
  it.each(people)("counts a person: %s", (ua) => expect(isBotUserAgent(ua)).toBe(false));
  it.each(bots)("ignores a bot: %s", (ua) => expect(isBotUserAgent(ua)).toBe(true));
});

describe("notificationText", () => {
  it("names the actor and the content in Chinese, and reads naturally without them", () => {
    expect(notificationText("COMMENT_REPLIED", { actorNickname: "小李", contentTitle: "夏季防溺水" })).toEqual({
      title: "收到新回复",
      text: "「小李」回复了你在《夏季防溺水》下的评论",
    });
    expect(notificationText("COMMENT_LIKED", {}).text).toBe("有人赞了你在资讯下的评论");
    expect(notificationText("MANAGER_APPLICATION_REJECTED", { tierLabel: "区县级管理员", comment: "材料不全" }).text).toBe(
      "你的区县级管理员认证申请未通过审批，理由：材料不全",
    );
    expect(notificationText("MANAGER_APPLICATION_APPROVED", { tierLabel: "乡镇级管理员" }).title).toBe("管理员申请已通过");
  });
});
