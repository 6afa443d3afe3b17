import { Flex, Typography } from "antd";
import type { ReactNode } from "react";
import { useDocumentTitle } from "./use-document-title";

/**
 * Title row every page starts with: the page's one h1, one line of context, optional actions on
 * the right. It also names the browser tab after the page.
 */
export function PageHeader({ title, subTitle, extra }: { title: string; subTitle?: ReactNode; extra?: ReactNode }) {
  useDocumentTitle(title);
  return (
    <Flex align="flex-end" justify="space-between" gap={16} wrap>
      <div style={{ minWidth: 0 }}>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 20, lineHeight: 1.4 }}>
          {title}
        </Typography.Title>
        {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
      </div>
      {extra}
    </Flex>
  );
}
