import { regionLevelLabels } from "@kepu/domain";
import { Empty, Flex, Table, Typography, type TableColumnsType } from "antd";
import { Link, useNavigate } from "react-router";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { useConnectionTable } from "../../shared/use-connection-table";
import { PopulationSourceTag } from "./population-source-tag";
import type { RegionSummary } from "./region-tree-data";
import { regionChildrenQuery } from "./regions.graphql";

const PAGE_SIZE = 20;

const columns: TableColumnsType<RegionSummary> = [
  {
    title: "代码",
    dataIndex: "code",
    width: 150,
    render: (code: string) => <Typography.Text style={{ fontVariantNumeric: "tabular-nums" }}>{code}</Typography.Text>,
  },
  {
    title: "名称",
    dataIndex: "name",
    render: (name: string, region) => (
      // Stop the row's own click handler from navigating a second time.
      <Link to={`/regions/${region.code}`} onClick={(e) => e.stopPropagation()}>
        {name}
      </Link>
    ),
  },
  { title: "级别", dataIndex: "level", width: 110, render: (_: unknown, region) => regionLevelLabels[region.level] },
  {
    title: "人口",
    dataIndex: "population",
    width: 140,
    align: "right",
    render: (_: unknown, region) => <span style={{ fontVariantNumeric: "tabular-nums" }}>{formatCount(region.population)}</span>,
  },
  {
    title: "来源",
    dataIndex: "populationSource",
    width: 140,
    render: (_: unknown, region) =>
      region.population === null ? (
        <Typography.Text type="secondary">—</Typography.Text>
      ) : (
        <PopulationSourceTag source={region.populationSource} />
      ),
  },
];

export function RegionChildrenTable({ code, isLeafLevel }: { code: string; isLeafLevel: boolean }) {
  const navigate = useNavigate();
  const page = useConnectionTable(regionChildrenQuery, {
    variables: { code },
    connection: (data) => data.region?.children,
    pageSize: PAGE_SIZE,
    rowKey: "code",
    // Keep the current page under the spinner while the next loads — but never another region's rows.
    keepPrevious: (previous) => previous.region?.code === code,
  });

  return (
    <div>
      <Flex align="baseline" justify="space-between" style={{ marginBottom: 12 }}>
        <Typography.Title level={2} style={{ margin: 0, fontSize: 16 }}>
          下级地区
        </Typography.Title>
        <Typography.Text type="secondary">
          {page.totalCount === undefined ? "\u00a0" : `共 ${formatCount(page.totalCount)} 个下级`}
        </Typography.Text>
      </Flex>
      <Table<RegionSummary>
        {...page.tableProps}
        columns={columns}
        size="middle"
        bordered={false}
        scroll={{ x: 640 }}
        onRow={(region) => ({ onClick: () => void navigate(`/regions/${region.code}`), style: { cursor: "pointer" } })}
        locale={{
          emptyText: (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={isLeafLevel ? "村（社区）是最末一级，没有下级地区" : "暂无下级地区"} />
          ),
        }}
      />
      <CursorPager {...page} />
    </div>
  );
}
