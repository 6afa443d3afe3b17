import { LeftOutlined, RightOutlined } from "@ant-design/icons";
import { Button, Flex, Typography } from "antd";
import type { ReactNode } from "react";

export interface CursorPagerProps {
  page: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  previous: () => void;
  next: () => void;
  /** Shown at the left end, e.g. the total count. */
  summary?: ReactNode;
}

/** 上一页 / 下一页 for forward-only cursor paging; hidden when everything fits on one page and there is no summary. */
export function CursorPager({ page, pageCount, canPrevious, canNext, previous, next, summary }: CursorPagerProps) {
  if (pageCount <= 1 && !summary) return null;
  return (
    <Flex justify={summary ? "space-between" : "flex-end"} align="center" gap={12} style={{ marginTop: 16 }}>
      {summary ? <Typography.Text type="secondary">{summary}</Typography.Text> : null}
      {pageCount > 1 ? (
        <Flex align="center" gap={12}>
          <Typography.Text type="secondary">
            第 {page} / {pageCount} 页
          </Typography.Text>
          <Button icon={<LeftOutlined />} disabled={!canPrevious} onClick={previous}>
            上一页
          </Button>
          <Button disabled={!canNext} onClick={next} icon={<RightOutlined />} iconPlacement="end">
            下一页
          </Button>
        </Flex>
      ) : null}
    </Flex>
  );
}
