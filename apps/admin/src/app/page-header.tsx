import { Flex, Typography } from "antd";
import type { ReactNode } from "react";

/** Title row every page starts with: heading, one line of context, optional actions on the right. */
export function PageHeader({ title, subTitle, extra }: { title: string; subTitle?: ReactNode; extra?: ReactNode }) {
  return (
    <Flex align="flex-end" justify="space-between" gap={16} wrap>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {title}
        </Typography.Title>
        {subTitle ? <Typography.Text type="secondary">{subTitle}</Typography.Text> : null}
      </div>
      {extra}
    </Flex>
  );
}
