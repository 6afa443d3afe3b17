import { Table, Typography, type TableColumnsType } from "antd";
import { Link, type To } from "react-router";
import type { KpiDashboardQuery, KpiRegionFiguresFragment } from "../../gql/graphql";
import { ListEmpty } from "../../shared/list-empty";
import { formatPercent } from "./kpi-format";
import { Num, PopulationCell, RankChange } from "./kpi-parts";
import { RatioBar } from "./ratio-bar";

export type KpiChildRow = KpiDashboardQuery["kpiRanking"][number];

type Figure = keyof Pick<
  KpiRegionFiguresFragment,
  "registrations" | "totalVolunteers" | "population" | "shares" | "activeVolunteers" | "activityPosts"
>;

const byFigure = (key: Figure) => (a: KpiChildRow, b: KpiChildRow) => (a.kpis[key] ?? -1) - (b.kpis[key] ?? -1);
const byRatio = (key: "registrationRatio" | "activeRate") => (a: KpiChildRow, b: KpiChildRow) => (a.kpis[key] ?? -1) - (b.kpis[key] ?? -1);

const figure = (title: string, key: Figure, width = 96): TableColumnsType<KpiChildRow>[number] => ({
  title,
  key,
  width,
  align: "right",
  sorter: byFigure(key),
  render: (_: unknown, row) => <Num value={row.kpis[key]} />,
});

function columns(linkFor: (code: string) => To): TableColumnsType<KpiChildRow> {
  return [
    {
      title: "地区",
      key: "region",
      fixed: "left",
      width: 132,
      sorter: (a, b) => (a.region.code < b.region.code ? -1 : 1),
      render: (_: unknown, row) => (
        <Link to={linkFor(row.region.code)} onClick={(e) => e.stopPropagation()} data-testid="kpi-drill">
          {row.region.name}
        </Link>
      ),
    },
    figure("注册量", "registrations"),
    figure("累计注册", "totalVolunteers"),
    {
      title: "常住人口",
      key: "population",
      width: 140,
      align: "right",
      sorter: byFigure("population"),
      render: (_: unknown, row) => <PopulationCell population={row.kpis.population} source={row.kpis.populationSource} />,
    },
    {
      title: "注册比例",
      key: "registrationRatio",
      width: 190,
      sorter: byRatio("registrationRatio"),
      render: (_: unknown, row) => <RatioBar ratio={row.kpis.registrationRatio} />,
    },
    figure("传播量", "shares"),
    figure("活跃人数", "activeVolunteers"),
    {
      title: "活跃度",
      key: "activeRate",
      width: 84,
      align: "right",
      sorter: byRatio("activeRate"),
      render: (_: unknown, row) => <span className="kpi-num">{formatPercent(row.kpis.activeRate, 1)}</span>,
    },
    figure("活动信息发布量", "activityPosts", 126),
    {
      title: "综合排名",
      key: "rank",
      width: 100,
      align: "right",
      sorter: (a, b) => a.rank - b.rank,
      render: (_: unknown, row) => (
        <span style={{ whiteSpace: "nowrap" }}>
          <span className="kpi-num">{row.rank}</span> <RankChange change={row.rankChange} previousRank={row.previousRank} />
        </span>
      ),
    },
  ];
}

interface KpiChildrenTableProps {
  rows: readonly KpiChildRow[] | undefined;
  self: KpiRegionFiguresFragment | undefined;
  selfName: string;
  pending: boolean;
  /** Where a child's name links: the dashboard of that child. */
  linkFor: (code: string) => To;
  onDrill: (code: string) => void;
}

/**
 * The children of the region with the four numbers, the composite rank and its change; a row (or
 * its name) drills into that region. The region's own figures close the table as 合计.
 */
export function KpiChildrenTable({ rows, self, selfName, pending, linkFor, onDrill }: KpiChildrenTableProps) {
  const sorted = rows ? [...rows].sort((a, b) => (a.region.code < b.region.code ? -1 : 1)) : [];
  return (
    <Table<KpiChildRow>
      rowKey={(row) => row.region.code}
      columns={columns(linkFor)}
      dataSource={sorted}
      size="middle"
      pagination={false}
      scroll={{ x: 1180 }}
      data-testid="kpi-children-table"
      onRow={(row) => ({ onClick: () => onDrill(row.region.code), style: { cursor: "pointer" } })}
      locale={{ emptyText: <ListEmpty pending={pending} text="该地区没有下级地区" /> }}
      summary={() =>
        self && sorted.length ? (
          <Table.Summary>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{selfName}（合计）</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                <Num value={self.registrations} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                <Num value={self.totalVolunteers} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                <PopulationCell population={self.population} source={self.populationSource} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={4}>
                <RatioBar ratio={self.registrationRatio} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={5} align="right">
                <Num value={self.shares} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={6} align="right">
                <Num value={self.activeVolunteers} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={7} align="right">
                <span className="kpi-num">{formatPercent(self.activeRate, 1)}</span>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={8} align="right">
                <Num value={self.activityPosts} />
              </Table.Summary.Cell>
              <Table.Summary.Cell index={9} />
            </Table.Summary.Row>
          </Table.Summary>
        ) : null
      }
    />
  );
}
