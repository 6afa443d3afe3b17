import { useQuery } from "@apollo/client/react";
import { Breadcrumb, Button, Flex, Table, Tag, Tooltip, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { useCompact } from "../../app/use-compact";
import type { CommendationRegionRankingQuery } from "../../gql/graphql";
import { formatCount } from "../../shared/format";
import { ListEmpty } from "../../shared/list-empty";
import { commendationRegionRankingQuery } from "./commendation.graphql";
import { formatRatio, formatScore } from "./commendation-labels";
import type { NominationTarget } from "./nominate-modal";

type RankingRow = CommendationRegionRankingQuery["kpiRanking"][number];

const mono = { fontVariantNumeric: "tabular-nums" } as const;

interface RegionCandidatesProps {
  city: { code: string; name: string };
  from: string;
  to: string;
  /** region codes already holding a place (pending or confirmed) or refused this year */
  nominated: ReadonlySet<string>;
  canNominate: boolean;
  onNominate: (t: NominationTarget) => void;
}

const detail = (r: RankingRow, peers: number) => `综合得分 ${formatScore(r.value)}，第 ${r.rank} 名（共 ${peers} 个）`;

/**
 * 单位排名: the city's counties by the composite score of the round's period, each with 提名; a county
 * opens its townships (ranked the same way among themselves) for nominating a township.
 */
export function RegionCandidates({ city, from, to, nominated, canNominate, onNominate }: RegionCandidatesProps) {
  const compact = useCompact();
  const [county, setCounty] = useState<{ code: string; name: string } | null>(null);
  const parent = county ?? city;
  const { data, previousData, loading } = useQuery(commendationRegionRankingQuery, {
    variables: { regionCode: parent.code, from, to },
    fetchPolicy: "cache-and-network",
  });
  const rows = (data ?? previousData)?.kpiRanking ?? [];
  const button = (r: RankingRow) => {
    const done = nominated.has(r.region.code);
    return (
      <Button
        size="small"
        type={done ? "default" : "primary"}
        disabled={done || !canNominate}
        onClick={() => onNominate({ kind: "REGION", key: r.region.code, name: r.region.name, detail: detail(r, rows.length) })}
      >
        {done ? "已提名" : "提名"}
      </Button>
    );
  };
  const drill = (r: RankingRow) =>
    !county && r.region.level === "COUNTY" && r.region.childCount > 0 ? (
      <Button size="small" type="link" onClick={() => setCounty({ code: r.region.code, name: r.region.name })}>
        乡镇街道
      </Button>
    ) : null;
  const columns: TableColumnsType<RankingRow> = [
    { title: "名次", key: "rank", width: 64, render: (_: unknown, r) => <span style={mono}>{r.rank}</span> },
    { title: county ? "乡镇街道" : "区县", key: "name", render: (_: unknown, r) => r.region.name },
    { title: "综合得分", key: "score", width: 96, render: (_: unknown, r) => <span style={mono}>{formatScore(r.value)}</span> },
    { title: "注册量", key: "reg", width: 90, render: (_: unknown, r) => <span style={mono}>{formatCount(r.kpis.registrations)}</span> },
    {
      title: "注册比例",
      key: "ratio",
      width: 110,
      render: (_: unknown, r) => (
        <span style={mono}>
          {formatRatio(r.kpis.registrationRatio)}
          {r.kpis.populationSource === "ESTIMATE" ? (
            <Tooltip title="人口为按村社区数估算的值">
              <Tag style={{ marginInlineStart: 4 }}>估</Tag>
            </Tooltip>
          ) : null}
        </span>
      ),
    },
    {
      title: "活跃人数",
      key: "active",
      width: 90,
      render: (_: unknown, r) => <span style={mono}>{formatCount(r.kpis.activeVolunteers)}</span>,
    },
    { title: "传播量", key: "shares", width: 90, render: (_: unknown, r) => <span style={mono}>{formatCount(r.kpis.shares)}</span> },
    {
      title: "操作",
      key: "actions",
      width: 150,
      fixed: "right",
      render: (_: unknown, r) => (
        <Flex gap={4}>
          {button(r)}
          {drill(r)}
        </Flex>
      ),
    },
  ];
  return (
    <Flex vertical gap={8}>
      <Breadcrumb
        items={[
          { title: county ? <Typography.Link onClick={() => setCounty(null)}>{city.name}各区县</Typography.Link> : `${city.name}各区县` },
          ...(county ? [{ title: `${county.name}各乡镇街道` }] : []),
        ]}
      />
      {compact ? (
        rows.length === 0 ? (
          <ListEmpty pending={loading} text="暂无排名数据" />
        ) : (
          <ul className="commendation-cards" aria-label="单位排名">
            {rows.map((r) => (
              <li key={r.region.code} className="commendation-cards__item">
                <Flex justify="space-between" align="center" gap={8}>
                  <Typography.Text strong>
                    {r.rank}. {r.region.name}
                  </Typography.Text>
                  <span style={mono}>{formatScore(r.value)}</span>
                </Flex>
                <Typography.Text type="secondary" className="commendation-cards__line" style={mono}>
                  注册 {formatCount(r.kpis.registrations)} · 比例 {formatRatio(r.kpis.registrationRatio)} · 传播{" "}
                  {formatCount(r.kpis.shares)}
                </Typography.Text>
                <Flex justify="flex-end" gap={4}>
                  {drill(r)}
                  {button(r)}
                </Flex>
              </li>
            ))}
          </ul>
        )
      ) : (
        <Table<RankingRow>
          rowKey={(r) => r.region.code}
          dataSource={[...rows]}
          columns={columns}
          size="small"
          pagination={false}
          loading={loading && rows.length > 0}
          scroll={{ x: 860 }}
          locale={{ emptyText: <ListEmpty pending={loading} text="暂无排名数据" /> }}
        />
      )}
    </Flex>
  );
}
