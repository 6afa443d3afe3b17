import { once } from "node:events";
import { DomainError } from "@kepu/domain";
import type { Request, Response } from "express";
import type { Logger } from "pino";
import type { RequestContext } from "../platform/request-context.js";
import { exportFilterFrom, volunteerExport } from "../modules/volunteer/volunteer-export.js";
import { requestIdOf } from "./request-log.js";

const STATUS: Record<string, number> = { UNAUTHENTICATED: 401, FORBIDDEN: 403, BAD_USER_INPUT: 400, NOT_FOUND: 404 };
/** Lines are sent in chunks of about this size: fewer writes than one per row, still a steady stream. */
const CHUNK_BYTES = 64 * 1024;

function sendError(res: Response, err: unknown, logger: Logger, req: Request): void {
  const known = err instanceof DomainError ? err : null;
  if (!known) logger.error({ err, requestId: requestIdOf(req) }, "export failed");
  res.status(known ? (STATUS[known.code] ?? 400) : 500).json({
    errors: [
      {
        message: known ? known.message : "服务器内部错误",
        extensions: { code: known ? known.code : "INTERNAL_SERVER_ERROR", ...(known?.field ? { field: known.field } : {}) },
      },
    ],
  });
}

/**
 * GET /exports/volunteers.csv?regionCode=&tier=&certified=&certifiedFrom=&certifiedTo=&search=&sort=
 * with `Authorization: Bearer <token>`: the 科普员 list of that filter as CSV (UTF-8 with BOM, so
 * Excel reads Chinese), streamed; `X-Total-Count` up front lets the console show progress.
 */
export function volunteersCsvHandler(contextOf: (req: Request) => Promise<RequestContext>, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    let exported: Awaited<ReturnType<typeof volunteerExport>>;
    try {
      const rc = await contextOf(req);
      const { filter, sort } = exportFilterFrom(req.query as Record<string, unknown>);
      exported = await volunteerExport(rc, filter, sort);
    } catch (err) {
      sendError(res, err, logger, req);
      return;
    }
    let closed = false;
    res.on("close", () => (closed = true));
    const day = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10).replace(/-/g, "");
    res.status(200);
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader(
      "Content-Disposition",
      `attachment; filename="volunteers-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`科普员-${day}.csv`)}`,
    );
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Total-Count", String(exported.total));
    let buffer = "\uFEFF";
    try {
      for await (const line of exported.lines()) {
        if (closed) return; // the user cancelled: stop querying
        buffer += `${line}\r\n`;
        if (buffer.length >= CHUNK_BYTES) {
          if (!res.write(buffer)) await once(res, "drain");
          buffer = "";
        }
      }
      res.end(buffer);
    } catch (err) {
      // Headers are gone: all that can be done is to cut the download short, which the client sees.
      logger.error({ err, requestId: requestIdOf(req) }, "export failed mid-stream");
      res.destroy();
    }
  };
}
