import { CheckOutlined, CloseOutlined } from "@ant-design/icons";
import { Button, Space, Tooltip, Typography, type TableColumnsType } from "antd";
import type { ManagerApplicationRowFragment } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { PersonCell } from "../../shared/person-cell";
import { personName } from "../../shared/person-name";
import { TierTag } from "../../shared/tier-tag";
import { ApplicationStatusTag } from "./application-status-tag";
import { WithdrawButton } from "./withdraw-button";

type Row = ManagerApplicationRowFragment;
export type Decision = "approve" | "reject";

const mono = { fontVariantNumeric: "tabular-nums" } as const;
const dash = <Typography.Text type="secondary">—</Typography.Text>;

const textCell = (text: string | null | undefined) =>
  text ? (
    <Tooltip title={text} placement="topLeft">
      {text}
    </Tooltip>
  ) : (
    dash
  );

const applicant: TableColumnsType<Row>[number] = {
  title: "申请人",
  key: "applicant",
  width: 150,
  render: (_: unknown, a) => <PersonCell person={a.applicant} showPhone />,
};
const tier: TableColumnsType<Row>[number] = {
  title: "申请层级",
  key: "tier",
  width: 116,
  render: (_: unknown, a) => <TierTag tier={a.tier} />,
};
const region: TableColumnsType<Row>[number] = {
  title: "申请地区",
  key: "region",
  width: 220,
  ellipsis: { showTitle: false },
  render: (_: unknown, a) => textCell(a.region.path),
};
const reason: TableColumnsType<Row>[number] = {
  title: "理由",
  key: "reason",
  ellipsis: { showTitle: false },
  render: (_: unknown, a) => textCell(a.reason),
};
const createdAt: TableColumnsType<Row>[number] = {
  title: "申请时间",
  key: "createdAt",
  width: 140,
  render: (_: unknown, a) => <span style={mono}>{formatDateTime(a.createdAt)}</span>,
};
const status: TableColumnsType<Row>[number] = {
  title: "状态",
  key: "status",
  width: 90,
  render: (_: unknown, a) => <ApplicationStatusTag status={a.status} />,
};
const comment: TableColumnsType<Row>[number] = {
  title: "审批意见",
  key: "comment",
  width: 180,
  ellipsis: { showTitle: false },
  render: (_: unknown, a) => textCell(a.decisionComment),
};
/** 已处理 in one column (status, who, when), so the table fits a 1440 px screen. */
const decision: TableColumnsType<Row>[number] = {
  title: "处理结果",
  key: "decision",
  width: 170,
  render: (_: unknown, a) => (
    <Space orientation="vertical" size={0}>
      <Space size={6}>
        <ApplicationStatusTag status={a.status} />
        {a.decidedBy ? <Typography.Text>{personName(a.decidedBy)}</Typography.Text> : null}
      </Space>
      {a.decidedAt ? (
        <Typography.Text type="secondary" style={{ ...mono, fontSize: 12 }}>
          {formatDateTime(a.decidedAt)}
        </Typography.Text>
      ) : null}
    </Space>
  ),
};
const decidedAt: TableColumnsType<Row>[number] = {
  title: "处理时间",
  key: "decidedAt",
  width: 150,
  render: (_: unknown, a) => <span style={mono}>{formatDateTime(a.decidedAt)}</span>,
};

function actions(onDecide: (application: Row, decision: Decision) => void): TableColumnsType<Row>[number] {
  return {
    title: "操作",
    key: "actions",
    width: 170,
    fixed: "right",
    render: (_: unknown, a) =>
      a.canDecide ? (
        <Space size={8}>
          <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => onDecide(a, "approve")}>
            通过
          </Button>
          <Button danger size="small" icon={<CloseOutlined />} onClick={() => onDecide(a, "reject")}>
            驳回
          </Button>
        </Space>
      ) : (
        <Typography.Text type="secondary">无审批权限</Typography.Text>
      ),
  };
}

const withdrawAction: TableColumnsType<Row>[number] = {
  title: "操作",
  key: "withdraw",
  width: 90,
  render: (_: unknown, a) => (a.status === "PENDING" ? <WithdrawButton id={a.id} /> : null),
};

/** Columns per tab: the review queue gets actions, processed ones the decision, one's own no applicant. */
export function applicationColumns(
  kind: "pending" | "decided" | "mine",
  onDecide: (application: Row, decision: Decision) => void,
): TableColumnsType<Row> {
  switch (kind) {
    case "pending":
      return [applicant, tier, region, reason, createdAt, status, actions(onDecide)];
    case "decided":
      return [applicant, tier, region, reason, createdAt, decision, { ...comment, width: undefined }];
    case "mine":
      return [tier, region, reason, createdAt, status, { ...comment, title: "审批意见 / 驳回理由" }, decidedAt, withdrawAction];
  }
}
