import { Button, Result, Typography } from "antd";
import { isRouteErrorResponse, useRouteError } from "react-router";
import { NotFoundPage } from "./not-found-page";

/**
 * After a deploy, an open tab may ask for a route chunk that no longer exists; a reload fetches the
 * new index.html and fixes it, so that is what we offer.
 */
function isChunkLoadError(error: unknown): boolean {
  return error instanceof Error && /dynamically imported module|Importing a module script failed|Failed to fetch/i.test(error.message);
}

export function RouteErrorBoundary() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <PageErrorResult error={error} />;
}

/** What a failed page shows: a reload, with the message unless it is a stale chunk after a deploy. */
export function PageErrorResult({ error }: { error: unknown }) {
  const chunk = isChunkLoadError(error);
  const detail = error instanceof Error ? error.message : isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : undefined;

  return (
    <Result
      status={chunk ? "warning" : "500"}
      title={chunk ? "页面资源已更新" : "页面出错了"}
      subTitle={chunk ? "系统刚刚完成升级，请重新加载页面。" : "很抱歉，页面发生了意外错误。您可以重新加载，或稍后再试。"}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          重新加载
        </Button>
      }
    >
      {detail && !chunk ? (
        <Typography.Paragraph type="secondary" style={{ textAlign: "center", marginBottom: 0 }}>
          <Typography.Text code>{detail}</Typography.Text>
        </Typography.Paragraph>
      ) : null}
    </Result>
  );
}
