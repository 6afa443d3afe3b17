import { DownloadOutlined } from "@ant-design/icons";
import { App, Button } from "antd";
import { lazy, Suspense, useRef, useState } from "react";
import { authorizationHeader, readAuthToken } from "../../app/auth-token";
import { errorTextFromBody } from "../../app/error-text";
import type { VolunteerFilter, VolunteerSort } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { countLines, exportUrl, fileNameOf } from "./volunteer-export";

// Only shown while an export runs: not worth a place in the list's first download.
const Progress = lazy(() => import("antd/es/progress"));

/**
 * 导出 CSV: the server streams the current filter's rows (masked, same scope as the list); the
 * button shows how many have arrived, then hands the file to the browser.
 */
export function ExportButton({ filter, sort, total }: { filter: VolunteerFilter; sort: VolunteerSort; total: number | undefined }) {
  const { message } = App.useApp();
  const [progress, setProgress] = useState<{ received: number; total: number } | null>(null);
  const abort = useRef<AbortController | null>(null);

  const run = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ received: 0, total: total ?? 0 });
    try {
      const response = await fetch(exportUrl(filter, sort), { headers: authorizationHeader(readAuthToken()), signal: controller.signal });
      if (!response.ok || !response.body) {
        void message.error(errorTextFromBody(await response.text()) ?? `导出失败（HTTP ${response.status}）`);
        return;
      }
      const expected = Number(response.headers.get("X-Total-Count") ?? total ?? 0);
      const reader = response.body.getReader();
      const parts: Uint8Array[] = [];
      let lines = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        lines += countLines(value);
        setProgress({ received: Math.max(0, lines - 1), total: expected });
      }
      const blob = new Blob(parts as BlobPart[], { type: "text/csv;charset=utf-8" });
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileNameOf(response.headers.get("Content-Disposition"), "volunteers.csv");
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      void message.success(`已导出 ${formatCount(Math.max(0, lines - 1))} 名科普员`);
    } catch (error) {
      if (!(error instanceof DOMException && error.name === "AbortError")) void message.error("导出失败，请检查网络后重试");
    } finally {
      abort.current = null;
      setProgress(null);
    }
  };

  if (progress) {
    const percent = progress.total > 0 ? Math.min(99, Math.floor((progress.received / progress.total) * 100)) : 0;
    return (
      <Button onClick={() => abort.current?.abort()} aria-label="取消导出" title="取消导出" data-testid="export-progress">
        <Suspense fallback={null}>
          <Progress type="circle" size={16} percent={percent} showInfo={false} />
        </Suspense>
        导出中 {formatCount(progress.received)} / {formatCount(progress.total)}
      </Button>
    );
  }
  return (
    <Button icon={<DownloadOutlined />} onClick={() => void run()} disabled={total === 0}>
      导出 CSV
    </Button>
  );
}
