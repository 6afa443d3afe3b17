import { ContentStatus, SHARE_TOKEN } from "@kepu/domain";
import type { Express, Request, Response } from "express";
import type { AppServices } from "../platform/app-services.js";
import { contentBody, type ShareLinkView, shareLinkView } from "../modules/share/share-content.js";
import { recordShareOpen, type Visitor } from "../modules/share/share-open.service.js";
import { renderArticlePage, renderGonePage, renderSharePage, SHARE_PAGE_CSP } from "../modules/share/share-page.js";
import { requestIdOf } from "./request-log.js";

const isPrefetch = (req: Request): boolean => {
  const purpose = `${req.headers["sec-purpose"] ?? ""} ${req.headers.purpose ?? ""} ${req.headers["x-moz"] ?? ""}`.toLowerCase();
  return /prefetch|prerender/.test(purpose);
};

function send(res: Response, status: number, html: string): void {
  res.status(status);
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("Content-Security-Policy", SHARE_PAGE_CSP);
  // Every visit must reach the server to be counted (and a revoked link must stop working at once).
  res.setHeader("Cache-Control", "no-store");
  res.end(html);
}

/**
 * GET /s/<token>: the H5 page of a share link (share-page.ts), and /s/<token>/article behind its
 * button. The page goes out first; the open is counted after it (share-open.service.ts), and a
 * failure to count is only logged: a reader never waits for, or sees, the counting.
 */
export function mountShareLinks(app: Express, services: AppServices): void {
  const { ds, logger } = services;

  const view = async (req: Request, res: Response): Promise<ShareLinkView | null> => {
    const token = String(req.params.token);
    const found = SHARE_TOKEN.test(token) ? await shareLinkView(ds, token) : null;
    if (found && !found.revoked && found.status === ContentStatus.PUBLISHED) return found;
    send(res, 404, renderGonePage("missing"));
    return null;
  };

  const failed = (req: Request, res: Response, err: unknown) => {
    logger.error({ err, requestId: requestIdOf(req) }, "share link page failed");
    if (!res.headersSent) send(res, 503, renderGonePage("unavailable"));
  };

  app.get("/s/:token", async (req, res) => {
    let found: ShareLinkView | null = null;
    try {
      found = await view(req, res);
      if (found) send(res, 200, renderSharePage(found, `/s/${String(req.params.token)}/article`));
    } catch (err) {
      return failed(req, res, err);
    }
    if (!found || req.method !== "GET") return; // HEAD: a checker, not a reader
    const shareId = found.shareId;
    const visitor: Visitor = { ip: req.ip ?? null, userAgent: req.headers["user-agent"] ?? null, prefetch: isPrefetch(req) };
    recordShareOpen(services, found, visitor, requestIdOf(req)).catch((err: unknown) =>
      logger.warn({ err, requestId: requestIdOf(req), shareId }, "share open not recorded"),
    );
  });

  app.get("/s/:token/article", async (req, res) => {
    try {
      const found = await view(req, res);
      if (!found) return;
      send(res, 200, renderArticlePage(found, await contentBody(ds, found.contentId), `/s/${String(req.params.token)}`));
    } catch (err) {
      failed(req, res, err);
    }
  });
}
