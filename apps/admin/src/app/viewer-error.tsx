import { Button, Result } from "antd";

/** Shown when `me` fails (network, server): rare, so its illustration is loaded only then. */
export function ViewerError({ onRetry }: { onRetry: () => void }) {
  return (
    <Result
      status="warning"
      title="无法获取登录信息"
      subTitle="请检查网络连接后重试。"
      extra={
        <Button type="primary" onClick={onRetry}>
          重试
        </Button>
      }
    />
  );
}
