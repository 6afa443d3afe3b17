import { DownloadOutlined, DownOutlined, LoadingOutlined } from "@ant-design/icons";
import { Button, Dropdown, type MenuProps } from "antd";
import { lazy, Suspense, useEffect, useRef, useState } from "react";
import { authorizationHeader, readAuthToken } from "../app/auth-token";
import { errorTextFromBody } from "../app/error-text";
import { countLines, exportUrl, fileNameOf, formatBytes, type ExportFormat, type ExportQuery } from "./export-download";
import { formatCount } from "./format";
import { useAppMessage } from "../app/app-message";

// Only shown while an export runs: not worth a place in the list's first download.
const Progress = lazy(() => import("antd/es/progress"));

export interface ExportButtonProps {
  /** The server's export name: `/exports/<name>.csv|.xlsx` (an ExportDefinition on the server). */
  name: string;
  /** The list's current filter (and sort), under the names of its GraphQL arguments. */
  query: ExportQuery;
  /** The list's row count when known: 0 disables the button; it sizes the progress until the server's count arrives. */
  total?: number;
  /** What one row is, for the messages: "名科普员" → 已导出 120 名科普员. */
  unit?: string;
}

interface Running {
  format: ExportFormat;
  /** CSV: rows received (lines less the header) */
  rows: number;
  bytes: number;
  total: number;
}

const formatItems: MenuProps["items"] = [
  { key: "xlsx", label: "Excel 表格（.xlsx）" },
  { key: "csv", label: "CSV 文件（.csv）" },
];

/** Hands the received file to the browser as a download. */
function save(parts: Uint8Array[], type: string, fileName: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob(parts as BlobPart[], { type }));
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * 导出 ▾ (Excel or CSV) for any list: the server streams the rows of `query` (masked, in the
 * viewer's scope) with the session token; the button shows how far it has got and cancels on click.
 * CSV progress counts rows; a zipped XLSX cannot be counted as it arrives, so it shows bytes.
 */
export function ExportButton({ name, query, total, unit = "条" }: ExportButtonProps) {
  const { message } = useAppMessage();
  const [running, setRunning] = useState<Running | null>(null);
  const abort = useRef<AbortController | null>(null);
  // Leaving the page cancels the download (and so the server's queries).
  useEffect(() => () => abort.current?.abort(), []);

  const run = async (format: ExportFormat) => {
    const controller = new AbortController();
    abort.current = controller;
    setRunning({ format, rows: 0, bytes: 0, total: total ?? 0 });
    try {
      const response = await fetch(exportUrl(name, format, query), {
        headers: authorizationHeader(readAuthToken()),
        signal: controller.signal,
      });
      if (!response.ok || !response.body) {
        void message.error(errorTextFromBody(await response.text()) ?? `导出失败（HTTP ${response.status}）`);
        return;
      }
      const expected = Number(response.headers.get("X-Total-Count") ?? total ?? 0);
      const reader = response.body.getReader();
      const parts: Uint8Array[] = [];
      let lines = 0;
      let bytes = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.length;
        if (format === "csv") lines += countLines(value);
        setRunning({ format, rows: Math.max(0, lines - 1), bytes, total: expected });
      }
      save(
        parts,
        response.headers.get("Content-Type") ?? "application/octet-stream",
        fileNameOf(response.headers.get("Content-Disposition"), `${name}.${format}`),
      );
      void message.success(`已导出 ${formatCount(format === "csv" ? Math.max(0, lines - 1) : expected)} ${unit}`);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "AbortError")) void message.error("导出失败，请检查网络后重试");
    } finally {
      if (abort.current === controller) abort.current = null;
      setRunning(null);
    }
  };

  if (running) {
    const cancel = { onClick: () => abort.current?.abort(), "aria-label": "取消导出", title: "取消导出", "data-testid": "export-progress" };
    if (running.format === "xlsx") {
      return (
        <Button {...cancel} icon={<LoadingOutlined />}>
          导出中 {formatBytes(running.bytes)}（共 {formatCount(running.total)} {unit}）
        </Button>
      );
    }
    const percent = running.total > 0 ? Math.min(99, Math.floor((running.rows / running.total) * 100)) : 0;
    return (
      <Button {...cancel}>
        <Suspense fallback={null}>
          <Progress type="circle" size={16} percent={percent} showInfo={false} />
        </Suspense>
        导出中 {formatCount(running.rows)} / {formatCount(running.total)}
      </Button>
    );
  }
  return (
    <Dropdown trigger={["click"]} disabled={total === 0} menu={{ items: formatItems, onClick: ({ key }) => void run(key as ExportFormat) }}>
      <Button icon={<DownloadOutlined />} disabled={total === 0}>
        导出 <DownOutlined />
      </Button>
    </Dropdown>
  );
}
