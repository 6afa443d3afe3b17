import { Flex, Spin } from "antd";

/** Fallback while a lazily loaded page's code arrives. */
export function PageLoading() {
  return (
    <Flex align="center" justify="center" style={{ minHeight: 320 }}>
      <Spin size="large" description="加载中…" />
    </Flex>
  );
}
