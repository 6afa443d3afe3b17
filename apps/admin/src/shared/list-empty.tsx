import { Empty, Skeleton } from "antd";

/** A table's empty state: a skeleton while the first rows are on their way, the message only once they are known to be none. */
export function ListEmpty({ pending, text }: { pending: boolean; text: string }) {
  if (pending) return <Skeleton active title={false} paragraph={{ rows: 6 }} style={{ padding: 8 }} aria-label="加载中" />;
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}
