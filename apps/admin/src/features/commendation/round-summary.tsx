import { useMutation } from "@apollo/client/react";
import { Button, Card, Descriptions, Popconfirm, Space, Steps, Tag, Tooltip } from "antd";
import { useAppMessage } from "../../app/app-message";
import { useCompact } from "../../app/use-compact";
import type { CommendationRoundQuery } from "../../gql/graphql";
import { formatDateTime } from "../../shared/format-time";
import { closeCommendationRoundMutation, publishCommendationRoundMutation } from "./commendation.graphql";
import { periodLabel, roundStatusColors, roundStatusLabels } from "./commendation-labels";

export type Round = NonNullable<CommendationRoundQuery["commendationRound"]>;

/** Failures are toasted by the Apollo error link; nothing more to do here. */
const ignore = () => undefined;

/** The current step; past the last one once published, so every step shows as done. */
const STEP: Record<Round["status"], number> = { OPEN: 0, CLOSED: 1, PUBLISHED: 3 };

/** The round at a glance: its stage, period and quotas; for the province, 截止提名 and 公布名单. */
export function RoundSummary({ round, province }: { round: Round; province: boolean }) {
  const compact = useCompact();
  const { message } = useAppMessage();
  const refetchQueries = ["CommendationRound", "CommendationRounds"];
  const [close, closing] = useMutation(closeCommendationRoundMutation, { refetchQueries, awaitRefetchQueries: true });
  const [publish, publishing] = useMutation(publishCommendationRoundMutation, { refetchQueries, awaitRefetchQueries: true });
  const pending = round.nominations.filter((n) => n.status === "PENDING").length;
  const actions =
    province && round.status !== "PUBLISHED" ? (
      <Space wrap>
        {round.status === "OPEN" ? (
          <Popconfirm
            title="截止提名？"
            description="截止后各市不能再提名或撤回，审核照常进行。"
            okText="截止"
            cancelText="取消"
            onConfirm={() => close({ variables: { year: round.year } }).then(() => void message.success("已截止提名"), ignore)}
          >
            <Button loading={closing.loading}>截止提名</Button>
          </Popconfirm>
        ) : null}
        <Tooltip title={pending ? `还有 ${pending} 条提名待审核` : undefined}>
          <Popconfirm
            title="公布表彰名单？"
            description="公布后名单和全部提名不再变化，所有管理员可查看和导出。"
            okText="公布"
            cancelText="取消"
            disabled={pending > 0}
            onConfirm={() =>
              publish({ variables: { year: round.year } }).then(() => void message.success(`已公布 ${round.year} 年度表彰名单`), ignore)
            }
          >
            <Button type="primary" disabled={pending > 0} loading={publishing.loading}>
              公布名单
            </Button>
          </Popconfirm>
        </Tooltip>
      </Space>
    ) : null;
  return (
    <Card
      size="small"
      title={`${round.year} 年度表彰`}
      extra={<Tag color={roundStatusColors[round.status]}>{roundStatusLabels[round.status]}</Tag>}
    >
      {compact ? null : (
        <Steps
          size="small"
          current={STEP[round.status]}
          style={{ marginBottom: 12 }}
          items={[{ title: "各市提名" }, { title: "省科协审核" }, { title: "公布名单" }]}
        />
      )}
      <Descriptions
        size="small"
        column={{ xs: 1, sm: 2, lg: 3 }}
        items={[
          { key: "period", label: "排名期间", children: periodLabel(round.from, round.to) },
          { key: "quota", label: "每市名额", children: `先进单位 ${round.regionQuota} 个，先进个人 ${round.individualQuota} 名` },
          { key: "opened", label: "开启", children: formatDateTime(round.openedAt) },
          ...(round.closedAt ? [{ key: "closed", label: "截止提名", children: formatDateTime(round.closedAt) }] : []),
          ...(round.publishedAt ? [{ key: "published", label: "公布", children: formatDateTime(round.publishedAt) }] : []),
          ...(round.note ? [{ key: "note", label: "说明", children: round.note }] : []),
        ]}
      />
      {actions}
    </Card>
  );
}
