import { useQuery } from "@apollo/client/react";
import { isLocalDate } from "@kepu/domain";
import { Alert, Card, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { Link } from "react-router";
import type { KpiGoalFragment, KpiTargetsTableQuery } from "../../gql/graphql";
import { ExportButton } from "../../shared/export-button";
import { formatCount } from "../../shared/format";
import { ListEmpty } from "../../shared/list-empty";
import { KpiDeadlinePicker } from "./kpi-deadline-picker";
import { KpiFrame, type KpiRegion } from "./kpi-frame";
import { formatPace, formatPercent } from "./kpi-format";
import { KpiError, Num, PopulationCell } from "./kpi-parts";
import { kpiTargetsQuery } from "./kpi.graphql";
import { RatioBar } from "./ratio-bar";
import { useKpiLocation, type KpiLocation } from "./use-kpi-location";
import "./kpi.css";

type Row = KpiTargetsTableQuery["kpiTargets"][number];

/** Registrations still needed for a goal: 已达到, a count, or — without a population. */
function Needed({ goal }: { goal: KpiGoalFragment }) {
  if (goal.reached) return <Tag color="green">已达到</Tag>;
  if (goal.needed === null) return <Typography.Text type="secondary">无人口数据</Typography.Text>;
  return (
    <Tooltip title={`注册比例还差 ${formatPercent(goal.ratioGap)}（目标 ${formatPercent(goal.ratio, 0)}）`}>
      <span className="kpi-num">{formatCount(goal.needed)}</span>
    </Tooltip>
  );
}

const projectionText = (p: KpiGoalFragment["at30DayPace"]) => (p.neverAtThisPace ? "按此速度无法达到" : (p.projectedDate ?? "—"));

/** When a goal is reached at the 30- and at the 90-day pace. */
function Projection({ goal }: { goal: KpiGoalFragment }) {
  if (goal.reached) return <Typography.Text type="secondary">已达到</Typography.Text>;
  if (goal.needed === null) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Flex vertical style={{ fontSize: 12, lineHeight: 1.6, whiteSpace: "nowrap" }}>
      {(["at30DayPace", "at90DayPace"] as const).map((key) => (
        <span key={key}>
          <Typography.Text type="secondary">{key === "at30DayPace" ? "按 30 天：" : "按 90 天："}</Typography.Text>
          <Typography.Text type={goal[key].neverAtThisPace ? "danger" : undefined} className="kpi-num">
            {projectionText(goal[key])}
          </Typography.Text>
        </span>
      ))}
    </Flex>
  );
}

function RiskTag({ row }: { row: Row }) {
  if (row.target.reached) return <Tag color="green">已达 2%</Tag>;
  if (row.target.needed === null) return <Tag>无人口数据</Tag>;
  if (row.atRisk) {
    return (
      <Tooltip title={`按近 30 天与近 90 天中较慢的速度，${row.deadline} 前达不到 2%`}>
        <Tag color="red">有风险</Tag>
      </Tooltip>
    );
  }
  return <Tag color="blue">可按期达标</Tag>;
}

const neededOf = (g: KpiGoalFragment) => (g.reached ? 0 : (g.needed ?? -1));

function targetColumns(searchFor: (code: string) => string): TableColumnsType<Row> {
  return [
    {
      title: "地区",
      key: "region",
      fixed: "left",
      width: 120,
      render: (_: unknown, row) => <Link to={{ search: searchFor(row.region.code) }}>{row.region.name}</Link>,
    },
    {
      title: "风险",
      key: "risk",
      width: 104,
      sorter: (a, b) => Number(b.atRisk) - Number(a.atRisk),
      render: (_: unknown, row) => <RiskTag row={row} />,
    },
    {
      title: "常住人口",
      key: "population",
      width: 140,
      align: "right",
      render: (_: unknown, row) => <PopulationCell population={row.population} source={row.populationSource} />,
    },
    { title: "累计注册", key: "total", width: 96, align: "right", render: (_: unknown, row) => <Num value={row.totalVolunteers} /> },
    { title: "注册比例", key: "ratio", width: 190, render: (_: unknown, row) => <RatioBar ratio={row.registrationRatio} /> },
    {
      title: "距 1% 还需",
      key: "needed1",
      width: 104,
      align: "right",
      sorter: (a, b) => neededOf(a.demonstration) - neededOf(b.demonstration),
      render: (_: unknown, row) => <Needed goal={row.demonstration} />,
    },
    {
      title: "距 2% 还需",
      key: "needed2",
      width: 104,
      align: "right",
      sorter: (a, b) => neededOf(a.target) - neededOf(b.target),
      render: (_: unknown, row) => <Needed goal={row.target} />,
    },
    {
      title: "日均注册（30 天 / 90 天）",
      key: "pace",
      width: 130,
      align: "right",
      render: (_: unknown, row) => (
        <Tooltip title={`近 30 天 ${formatCount(row.registrations30)} 人，近 90 天 ${formatCount(row.registrations90)} 人`}>
          <span className="kpi-num">
            {formatPace(row.pace30)} / {formatPace(row.pace90)}
          </span>
        </Tooltip>
      ),
    },
    { title: "预计达到 1%", key: "when1", width: 200, render: (_: unknown, row) => <Projection goal={row.demonstration} /> },
    { title: "预计达到 2%", key: "when2", width: 200, render: (_: unknown, row) => <Projection goal={row.target} /> },
  ];
}

function TargetsTable({ region, location, deadline }: { region: KpiRegion; location: KpiLocation; deadline: string | null }) {
  const { data, previousData, loading, error, refetch } = useQuery(kpiTargetsQuery, {
    variables: { regionCode: region.code, deadline },
    fetchPolicy: "cache-and-network",
  });
  const shown = [data, previousData].find((d) => d?.kpiTargets[0]?.region.code.startsWith(region.code));
  const rows = shown?.kpiTargets ?? (data ? [] : undefined);
  const first = rows?.[0];
  const atRisk = rows?.filter((r) => r.atRisk).length ?? 0;
  return (
    <>
      {error ? <KpiError error={error} onRetry={() => void refetch()} /> : null}
      {first && atRisk > 0 ? (
        <Alert
          type="warning"
          showIcon
          title={`${atRisk} 个下级地区按当前速度在 ${first.deadline} 前达不到 2%`}
          description="按近 30 天与近 90 天中较慢的注册速度推算；已标红的行需要重点推进。"
        />
      ) : null}
      <Card
        size="small"
        title={`${region.name}下级地区达标进度`}
        extra={first ? <Typography.Text type="secondary">统计至 {first.asOf}（不含当天）</Typography.Text> : null}
        styles={{ body: { padding: 0 } }}
      >
        <Table<Row>
          rowKey={(row) => row.region.code}
          columns={targetColumns(location.regionSearch)}
          dataSource={rows ?? []}
          loading={loading && Boolean(shown)}
          size="middle"
          pagination={false}
          scroll={{ x: 1400 }}
          rowClassName={(row) => (row.atRisk ? "kpi-row--at-risk" : "")}
          locale={{ emptyText: <ListEmpty pending={loading && !shown} text="该地区没有下级地区" /> }}
          data-testid="kpi-targets-table"
        />
      </Card>
    </>
  );
}

/**
 * 目标规划: for each child, how far 1 % (示范) and 2 % (目标) are, the 30/90-day registration pace,
 * when each is reached at that pace, and which children will miss 2 % by the deadline.
 */
export function KpiTargetsPage() {
  const location = useKpiLocation();
  const { regionCode, today, params, setParams } = location;
  const raw = params.get("deadline");
  const deadline = raw && isLocalDate(raw) && raw >= today ? raw : null;
  const shownDeadline = deadline ?? `${today.slice(0, 4)}-12-31`;
  return (
    <KpiFrame
      title="目标规划"
      subTitle="各下级地区距 1% 示范标准与 2% 目标的差距、注册速度与预计达标日期"
      location={location}
      toolbar={
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">截止日期</Typography.Text>
          <KpiDeadlinePicker value={shownDeadline} minDay={today} onChange={(day) => setParams({ deadline: day }, true)} />
          <ExportButton name="kpi-targets" query={{ regionCode, deadline }} unit="个地区" />
        </Flex>
      }
    >
      {(region) => <TargetsTable region={region} location={location} deadline={deadline} />}
    </KpiFrame>
  );
}
