import { LeftOutlined, RightOutlined, VerticalRightOutlined } from "@ant-design/icons";
import { Button, Flex, Select, Typography } from "antd";
import type { ReactNode } from "react";
import { pageSizes, type PageSize } from "./url-paging";

export interface CursorPagerProps {
  page: number;
  pageCount: number;
  canPrevious: boolean;
  canNext: boolean;
  previous: () => void;
  next: () => void;
  /** Shown at the left end, e.g. the total count. */
  summary?: ReactNode;
  /** With both, a 每页 20/50/100 choice. */
  pageSize?: PageSize;
  onPageSizeChange?: (size: PageSize) => void;
  /** With it, 首页 from any later page. */
  onFirst?: () => void;
}

const sizeOptions = pageSizes.map((size) => ({ value: size, label: `${size} 条/页` }));

/** 上一页 / 下一页 for forward-only cursor paging; hidden when everything fits on one page and there is no summary. */
export function CursorPager({
  page,
  pageCount,
  canPrevious,
  canNext,
  previous,
  next,
  summary,
  pageSize,
  onPageSizeChange,
  onFirst,
}: CursorPagerProps) {
  const sizeChoice = pageSize !== undefined && onPageSizeChange !== undefined;
  if (pageCount <= 1 && !summary && !sizeChoice) return null;
  return (
    <Flex justify="space-between" align="center" gap={12} wrap style={{ marginTop: 16 }} data-testid="cursor-pager">
      <Typography.Text type="secondary">{summary}</Typography.Text>
      <Flex align="center" gap={8} wrap>
        {sizeChoice ? (
          <Select<PageSize>
            value={pageSize}
            onChange={onPageSizeChange}
            options={sizeOptions}
            aria-label="每页条数"
            style={{ width: 110 }}
          />
        ) : null}
        {pageCount > 1 || page > 1 ? (
          <>
            <Typography.Text type="secondary" data-testid="pager-position">
              第 {page} / {pageCount} 页
            </Typography.Text>
            {onFirst ? (
              <Button icon={<VerticalRightOutlined />} disabled={page <= 1} onClick={onFirst} aria-label="首页" title="首页" />
            ) : null}
            <Button icon={<LeftOutlined />} disabled={!canPrevious} onClick={previous}>
              上一页
            </Button>
            <Button disabled={!canNext} onClick={next} icon={<RightOutlined />} iconPlacement="end">
              下一页
            </Button>
          </>
        ) : null}
      </Flex>
    </Flex>
  );
}
