import { CheckOutlined, CloseOutlined, StopOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Descriptions, Flex, Image, Result, Skeleton, Space, Typography } from "antd";
import { useState } from "react";
import { useParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { formatDateTime } from "../../shared/format-time";
import { LinkButton } from "../../shared/link-button";
import { activityDetailQuery } from "./activities.graphql";
import "./activities.css";
import { ActivitySignUps } from "./activity-sign-ups";
import { ActivityKindTag, ActivityStatusTag } from "./activity-tags";
import { activityTimeRange, placesText } from "./activity-time";
import { CancelActivityModal } from "./cancel-activity-modal";
import { type ActivityDecision, DecideActivityModal } from "./decide-activity-modal";

/**
 * One activity: what it is, where it stands (decision, cancellation), the actions the viewer may
 * take (审核, 取消), and for those who run it the sign-up list with attendance and export.
 */
export function ActivityDetailPage() {
  const { id = "" } = useParams<{ id: string }>();
  const { data, loading, error } = useQuery(activityDetailQuery, { variables: { id }, fetchPolicy: "cache-and-network" });
  const [decision, setDecision] = useState<ActivityDecision | null>(null);
  const [deciding, setDeciding] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const a = data?.activity;

  if (!a) {
    if (loading) return <Skeleton active paragraph={{ rows: 12 }} aria-label="加载中" />;
    return (
      <Result
        status="404"
        title="未找到该活动"
        subTitle={error ? error.message : "该活动不存在，或您无权查看（草稿仅发布者可见，待审核的活动仅发布者与审核人可见）。"}
        extra={
          <LinkButton to="/activities" type="primary">
            返回活动列表
          </LinkButton>
        }
      />
    );
  }

  const decide = (d: ActivityDecision) => {
    setDecision(d);
    setDeciding(true);
  };
  const running = a.status === "PUBLISHED" || (a.status === "CANCELLED" && a.publishedAt !== null);

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title={a.title}
        subTitle={
          <Space size={6} wrap>
            <ActivityKindTag kind={a.kind} />
            <ActivityStatusTag status={a.status} />
            {a.publishedAt ? <Typography.Text type="secondary">发布于 {formatDateTime(a.publishedAt)}</Typography.Text> : null}
          </Space>
        }
        extra={
          <Space wrap>
            {a.canDecide ? (
              <>
                <Button type="primary" icon={<CheckOutlined />} onClick={() => decide("approve")}>
                  通过
                </Button>
                <Button danger icon={<CloseOutlined />} onClick={() => decide("reject")}>
                  驳回
                </Button>
              </>
            ) : null}
            {a.canCancel ? (
              <Button icon={<StopOutlined />} onClick={() => setCancelling(true)}>
                取消活动
              </Button>
            ) : null}
          </Space>
        }
      />
      {a.status === "REJECTED" && a.decisionComment ? <Alert type="error" showIcon title="已驳回" description={a.decisionComment} /> : null}
      {a.status === "CANCELLED" ? (
        <Alert type="warning" showIcon title={`活动已于 ${formatDateTime(a.cancelledAt)} 取消`} description={a.cancelReason ?? undefined} />
      ) : null}
      <Card title="活动信息">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { key: "time", label: "时间", children: activityTimeRange(a.startsAt, a.endsAt) },
            { key: "region", label: "地区", children: a.region.path },
            { key: "place", label: "地点", children: a.place },
            { key: "organiser", label: "主办方", children: a.organiser ?? "—" },
            { key: "author", label: "发布者", children: a.authorName },
            {
              key: "places",
              label: "报名 / 名额",
              children: a.capacity ? placesText(a.signUpCount, a.capacity) : `${a.signUpCount} 人（不限名额）`,
            },
            { key: "deadline", label: "报名截止", children: a.signUpDeadline ? formatDateTime(a.signUpDeadline) : "活动开始前" },
            { key: "open", label: "报名状态", children: a.signUpOpen ? "报名中" : "未开放或已截止" },
            { key: "submitted", label: "提交审核", children: formatDateTime(a.submittedAt) },
            ...(a.decisionComment && a.status !== "REJECTED" ? [{ key: "comment", label: "审核意见", children: a.decisionComment }] : []),
          ]}
        />
        <Typography.Title level={5} style={{ marginTop: 16 }}>
          活动介绍
        </Typography.Title>
        <p className="activity-description">{a.description}</p>
        {a.coverUrl || a.imageUrls.length > 0 ? (
          <Image.PreviewGroup>
            <Flex gap={8} wrap style={{ marginTop: 12 }}>
              {[a.coverUrl, ...a.imageUrls]
                .filter((url): url is string => Boolean(url))
                .map((url) => (
                  <Image
                    key={url}
                    src={url}
                    width={96}
                    height={96}
                    style={{ objectFit: "cover" }}
                    alt="活动图片"
                    referrerPolicy="no-referrer"
                  />
                ))}
            </Flex>
          </Image.PreviewGroup>
        ) : null}
      </Card>
      {a.canManage && running ? <ActivitySignUps activityId={a.id} startsAt={a.startsAt} signUpCount={a.signUpCount} /> : null}
      <DecideActivityModal target={decision ? { activity: a, decision } : null} open={deciding} onClose={() => setDeciding(false)} />
      <CancelActivityModal activity={a} open={cancelling} onClose={() => setCancelling(false)} />
    </Flex>
  );
}
