import { FileExcelOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { levelOfCode } from "@kepu/domain";
import { Button, Flex, Tooltip } from "antd";
import { useEffect, useRef, useState } from "react";
import { handledLocally } from "../../app/apollo-client";
import { useAppMessage } from "../../app/app-message";
import { authorizationHeader, readAuthToken } from "../../app/auth-token";
import { errorTextFromBody, httpStatusText, NETWORK_ERROR_TEXT } from "../../app/error-text";
import { summarizeFormError } from "../../app/form-errors";
import { exportUrl, fileNameOf } from "../../shared/export-download";
import { LinkButton } from "../../shared/link-button";
import { generateBulletinMutation } from "../bulletins/bulletins.graphql";
import { newClientRequestId } from "../bulletins/idempotency-key";
import { bulletinPeriodOf, type KpiPeriod } from "./kpi-period";

const BULLETIN_NOT_OVER = "本期尚未结束，结束后可生成通报";

type Step = "generating" | "downloading";

/** Hands a received file to the browser as a download (as the shared export button does). */
function saveFile(blob: Blob, fileName: string) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * 通报 on the dashboard: 生成并下载通报 makes the bulletin of the region and period shown
 * (generateBulletin) and downloads its XLSX (`/exports/bulletin.xlsx?id=`); 查看全部通报 opens the
 * region's bulletins. Disabled while the period is still running (a bulletin reports a finished
 * one); absent for a village, which has no children to rank.
 */
export function KpiBulletinAction({ regionCode, period, today }: { regionCode: string; period: KpiPeriod; today: string }) {
  const { message } = useAppMessage();
  const [generate] = useMutation(generateBulletinMutation, { context: handledLocally });
  const [step, setStep] = useState<Step | null>(null);
  // One client key per intent (this region and period): a retry after a failure reuses it, so a
  // lost answer or a failed download never makes a second bulletin; a success starts a new intent.
  const intent = useRef<{ of: string; key: string } | null>(null);
  const abort = useRef<AbortController | null>(null);
  // Leaving the page cancels a download in flight.
  useEffect(() => () => abort.current?.abort(), []);

  if (!regionCode || levelOfCode(regionCode) === "VILLAGE") return null;
  const request = bulletinPeriodOf(period, today);
  const allBulletins = (
    <LinkButton to={`/bulletins?region=${regionCode}`} type="link" style={{ paddingInline: 4 }}>
      查看全部通报
    </LinkButton>
  );

  const run = async () => {
    if (!request) return;
    const of = `${regionCode}:${request.periodKind}:${request.from}:${request.to}`;
    if (intent.current?.of !== of) intent.current = { of, key: newClientRequestId() };
    const clientRequestId = intent.current.key;
    const controller = new AbortController();
    abort.current = controller;
    setStep("generating");
    try {
      const { data } = await generate({ variables: { input: { regionCode, ...request, clientRequestId } } });
      const bulletin = data?.generateBulletin;
      if (!bulletin) throw new Error("empty mutation result");
      setStep("downloading");
      const response = await fetch(exportUrl("bulletin", "xlsx", { id: bulletin.id }), {
        headers: authorizationHeader(readAuthToken()),
        signal: controller.signal,
      });
      if (!response.ok) {
        void message.error(`通报已生成，下载失败：${errorTextFromBody(await response.text()) ?? httpStatusText(response.status)}`);
        return;
      }
      const blob = await response.blob();
      saveFile(blob, fileNameOf(response.headers.get("Content-Disposition"), `${bulletin.title}.xlsx`));
      intent.current = null;
      void message.success(`已生成并下载：${bulletin.title}`);
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
      const { message: text } = summarizeFormError(error, []);
      void message.error(text ?? NETWORK_ERROR_TEXT);
    } finally {
      if (abort.current === controller) abort.current = null;
      setStep(null);
    }
  };

  return (
    <Flex gap={4} align="center" wrap data-testid="kpi-bulletin-action">
      {request ? (
        <Button icon={<FileExcelOutlined />} loading={step !== null} onClick={() => void run()}>
          {step === "generating" ? "正在生成通报…" : step === "downloading" ? "正在下载通报…" : "生成并下载通报"}
        </Button>
      ) : (
        <Tooltip title={BULLETIN_NOT_OVER}>
          {/* A disabled button fires no pointer events: the wrapper gets the hover (and the focus). */}
          <span tabIndex={0} style={{ display: "inline-block", cursor: "not-allowed" }}>
            <Button icon={<FileExcelOutlined />} disabled style={{ pointerEvents: "none" }}>
              生成并下载通报
            </Button>
          </span>
        </Tooltip>
      )}
      {allBulletins}
    </Flex>
  );
}
