import { badInput, DomainError, notFound, toLocalDate } from "@kepu/domain";
import type { Request, Response } from "express";
import type { Logger } from "../logger.js";
import type { ExportDefinition, OpenedExport } from "../platform/export/export-definition.js";
import { exportFormats, isExportFormat, writeCsv, writeXlsx, type ExportFormat } from "../platform/export/export-writer.js";
import type { RequestContext } from "../platform/request-context.js";
import { requestIdOf } from "./request-log.js";

const STATUS: Record<string, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};
const FILE = /^([a-z0-9]+(?:-[a-z0-9]+)*)\.([a-z]+)$/;

function sendError(res: Response, err: unknown, logger: Logger, req: Request): void {
  const known = err instanceof DomainError ? err : null;
  if (!known) logger.error({ err, requestId: requestIdOf(req) }, "export failed");
  res.status(known ? (STATUS[known.code] ?? 400) : 500).json({
    errors: [
      {
        message: known ? known.message : "服务器内部错误",
        extensions: known
          ? { ...known.extensions, code: known.code, ...(known.field ? { field: known.field } : {}) }
          : { code: "INTERNAL_SERVER_ERROR" },
      },
    ],
  });
}

/** The query string as one value per name: a repeated name is ambiguous, so it is refused rather than guessed. */
function queryOf(req: Request): Record<string, string | undefined> {
  const query: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(req.query as Record<string, unknown>)) {
    if (typeof value !== "string") throw badInput(`参数 ${key.slice(0, 24)} 只能出现一次`, key.slice(0, 64));
    query[key] = value;
  }
  return query;
}

/** `attachment` with the Chinese name (RFC 5987) and an ASCII fallback for old clients; an export naming one thing names the file. */
function disposition(definition: ExportDefinition, format: ExportFormat, fileName?: string): string {
  const day = toLocalDate(new Date()).replace(/-/g, "");
  const ascii = `${definition.name}-${day}.${format}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(`${fileName ?? `${definition.fileLabel}-${day}`}.${format}`)}`;
}

/**
 * GET /exports/<name>.csv|.xlsx?<the definition's filter> with `Authorization: Bearer <token>`: any
 * module's ExportDefinition, streamed. Everything that can fail with a reason (unknown name, token,
 * authority, filter) fails before the first byte, as GraphQL-shaped JSON with a 4xx; `X-Total-Count`
 * goes up front so the console can show progress. When the client goes away the rows stop being read.
 */
export function exportHandler(
  definitions: ReadonlyMap<string, ExportDefinition>,
  contextOf: (req: Request) => Promise<RequestContext>,
  logger: Logger,
) {
  return async (req: Request, res: Response): Promise<void> => {
    const match = FILE.exec(String(req.params.file ?? ""));
    const definition = match ? definitions.get(match[1]) : undefined;
    const format = match?.[2];
    let opened: OpenedExport;
    try {
      if (!definition || !format || !isExportFormat(format)) throw notFound("没有这项导出");
      const rc = await contextOf(req);
      opened = await definition.open(rc, queryOf(req));
    } catch (err) {
      sendError(res, err, logger, req);
      return;
    }

    const gone = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) gone.abort();
    });
    res.status(200);
    res.setHeader("Content-Type", exportFormats[format].contentType);
    res.setHeader("Content-Disposition", disposition(definition, format, opened.fileName));
    res.setHeader("Cache-Control", "no-store");
    res.setHeader("X-Total-Count", String(opened.total));
    if (req.method === "HEAD") {
      res.end(); // the count without the rows
      return;
    }
    const { title, notes } = opened;
    const rowStyle = opened.rowStyle?.bind(opened);
    const table = { label: definition.fileLabel, columns: definition.columns, rows: opened.rows(), title, notes, rowStyle };
    try {
      await (format === "csv" ? writeCsv : writeXlsx)(res, table, gone.signal);
    } catch (err) {
      // Headers are gone: all that can be done is to cut the download short, which the client sees.
      logger.error({ err, requestId: requestIdOf(req), export: definition.name }, "export failed mid-stream");
    }
    if (!res.writableFinished) res.destroy();
  };
}
