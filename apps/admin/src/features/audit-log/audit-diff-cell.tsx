import { ArrowRightOutlined } from "@ant-design/icons";
import { Flex, Typography } from "antd";
import { RegionName } from "../regions/region-name";
import { auditChanges, type AuditChange } from "./audit-diff";

const valueStyle = { fontSize: 12, maxWidth: 220 } as const;
const EMPTY = "空";

function Value({ change, text, removed }: { change: AuditChange; text: string; removed: boolean }) {
  const content = change.isRegion && text !== EMPTY ? <RegionName code={text} /> : text;
  return (
    <Typography.Text
      delete={removed}
      type={removed ? "danger" : "success"}
      ellipsis={change.isRegion ? false : { tooltip: text }}
      style={valueStyle}
    >
      {content}
    </Typography.Text>
  );
}

/** before → after, one changed key a line; old values struck through in red, new ones in green. */
export function AuditDiffCell({ before, after }: { before: string | null; after: string | null }) {
  const changes = auditChanges(before, after);
  if (changes.length === 0) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical gap={2}>
      {changes.map((change) => (
        <Flex key={change.key} align="center" gap={6} wrap style={{ lineHeight: 1.6 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {change.label}:
          </Typography.Text>
          {change.before !== null ? <Value change={change} text={change.before} removed /> : null}
          {change.before !== null && change.after !== null ? <ArrowRightOutlined style={{ fontSize: 10, color: "#8c8c8c" }} /> : null}
          {change.after !== null ? <Value change={change} text={change.after} removed={false} /> : null}
        </Flex>
      ))}
    </Flex>
  );
}
