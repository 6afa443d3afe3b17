import { StopOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { SOCIETY_COMMENT_MAX } from "@kepu/domain";
import { Button, Descriptions, Drawer, Flex, Result, Skeleton, Space, Tabs, Typography } from "antd";
import { useState } from "react";
import { useCompact } from "../../app/use-compact";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import { SOCIETY_LISTS } from "./decide-society-modal";
import { ReasonModal } from "./reason-modal";
import { dissolveSocietyMutation, societyDetailQuery } from "./societies.graphql";
import { SocietyMembers } from "./society-members";
import { SocietyPosts } from "./society-posts";
import { JoinPolicyTag, SocietyStatusTag } from "./society-tags";

const dash = <Typography.Text type="secondary">—</Typography.Text>;

function SocietyDetail({ id }: { id: string }) {
  const [dissolving, setDissolving] = useState(false);
  const { data, loading, error } = useQuery(societyDetailQuery, { variables: { id }, fetchPolicy: "cache-and-network" });
  const society = data?.society;
  if (!society) {
    if (loading) return <Skeleton active paragraph={{ rows: 10 }} />;
    return <Result status="404" title="未找到该社团" subTitle={error ? error.message : "该社团不存在，或您无权查看。"} />;
  }
  // Staff over the region moderate (canModerate) and may dissolve an active society; the server checks again.
  const canDissolve = society.status === "ACTIVE" && society.canModerate;
  const showLists = society.status === "ACTIVE" || society.status === "DISSOLVED";
  return (
    <Flex vertical gap={16}>
      <Flex align="center" justify="space-between" gap={12} wrap>
        <Space size={10} align="center" wrap>
          <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
            {society.name}
          </Typography.Title>
          <SocietyStatusTag status={society.status} />
          <JoinPolicyTag policy={society.joinPolicy} />
        </Space>
        {canDissolve ? (
          <Button danger icon={<StopOutlined />} onClick={() => setDissolving(true)}>
            解散社团
          </Button>
        ) : null}
      </Flex>
      <Descriptions
        bordered
        size="small"
        column={1}
        styles={{ label: { width: 96 } }}
        items={[
          { key: "region", label: "所在地区", children: society.region.path },
          {
            key: "description",
            label: "简介",
            children: society.description ? <span style={{ whiteSpace: "pre-wrap" }}>{society.description}</span> : dash,
          },
          { key: "owner", label: "社长", children: society.ownerNickname },
          {
            key: "requester",
            label: "申请人",
            children: society.requester ? `${personName(society.requester)}（${society.requester.phoneMasked}）` : dash,
          },
          {
            key: "members",
            label: "成员",
            children: `${society.memberCount} 人${society.pendingMemberCount ? `，${society.pendingMemberCount} 人待审核` : ""}`,
          },
          { key: "createdAt", label: "申请时间", children: formatDateTime(society.createdAt) },
          {
            key: "decided",
            label: "审批",
            children: society.decidedAt
              ? `${formatDateTime(society.decidedAt)}${society.decidedBy ? ` · ${personName(society.decidedBy)}` : ""}`
              : dash,
          },
          ...(society.decisionComment ? [{ key: "comment", label: "审批意见", children: society.decisionComment }] : []),
          ...(society.dissolvedAt
            ? [{ key: "dissolved", label: "解散", children: `${formatDateTime(society.dissolvedAt)}：${society.dissolveReason ?? ""}` }]
            : []),
        ]}
      />
      {showLists ? (
        <Tabs
          items={[
            { key: "posts", label: "动态", children: <SocietyPosts societyId={society.id} /> },
            { key: "members", label: "成员", children: <SocietyMembers societyId={society.id} /> },
          ]}
          destroyOnHidden
        />
      ) : null}
      <ReasonModal
        title="解散社团"
        okText="确认解散"
        intro={`解散后“${society.name}”不再接受加入和发布动态，成员仍可查看历史内容。`}
        label="解散理由"
        placeholder="例如：长期无活动，或存在违规行为"
        max={SOCIETY_COMMENT_MAX}
        open={dissolving}
        onClose={() => setDissolving(false)}
        mutation={dissolveSocietyMutation}
        id={society.id}
        successMessage={`已解散“${society.name}”`}
        refetchQueries={SOCIETY_LISTS}
      />
    </Flex>
  );
}

/** `/societies/:id`: the society over the list, which stays as it was. */
export function SocietyDetailDrawer({ id, onClose }: { id: string; onClose: () => void }) {
  const compact = useCompact();
  return (
    <Drawer title="社团详情" open onClose={onClose} size={compact ? "100%" : 640} destroyOnHidden>
      <SocietyDetail key={id} id={id} />
    </Drawer>
  );
}
