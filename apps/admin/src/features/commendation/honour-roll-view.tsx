import { useQuery } from "@apollo/client/react";
import { Alert, Flex, Table, Typography, type TableColumnsType } from "antd";
import { useCompact } from "../../app/use-compact";
import type { HonourRollQuery } from "../../gql/graphql";
import { ExportButton } from "../../shared/export-button";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { relativeRegionLabel } from "../../shared/region-label";
import { honourRollQuery } from "./commendation.graphql";
import { formatScore, nomineeKindLabels } from "./commendation-labels";

type Entry = HonourRollQuery["honourRoll"]["entries"][number];

const mono = { fontVariantNumeric: "tabular-nums" } as const;

const score = (e: Entry) => (e.kind === "REGION" ? `综合 ${formatScore(e.figures.score)}` : `积分 ${e.figures.points ?? 0}`);

/**
 * 表彰名单: the published roll of the whole province, by city, kind and rank; names of people outside
 * the viewer's region come masked from the server, as in the export.
 */
export function HonourRollView({ year }: { year: number }) {
  const compact = useCompact();
  const { data, loading, error } = useQuery(honourRollQuery, { variables: { year }, fetchPolicy: "cache-and-network" });
  const roll = data?.honourRoll;
  const entries = roll?.entries ?? [];
  if (error && !roll) return <Alert type="info" showIcon title={error.message} />;
  const header = (
    <Flex justify="space-between" align="center" gap={8} wrap>
      <Typography.Text type="secondary">
        {roll
          ? `${year} 年度表彰名单，${formatDateTime(roll.publishedAt)} 公布：先进单位 ${entries.filter((e) => e.kind === "REGION").length} 个，先进个人 ${entries.filter((e) => e.kind === "VOLUNTEER").length} 名。`
          : "加载中…"}
      </Typography.Text>
      <ExportButton name="honour-roll" query={{ year }} total={roll ? entries.length : undefined} unit="项" />
    </Flex>
  );
  if (compact) {
    return (
      <Flex vertical gap={8}>
        {header}
        {entries.length === 0 ? (
          <ListEmpty pending={loading} text="名单为空" />
        ) : (
          <ul className="commendation-cards" aria-label="表彰名单">
            {entries.map((e) => (
              <li key={e.id} className="commendation-cards__item">
                <Flex justify="space-between" gap={8}>
                  <Typography.Text strong>{e.name}</Typography.Text>
                  <Typography.Text type="secondary">{nomineeKindLabels[e.kind]}</Typography.Text>
                </Flex>
                <Typography.Text type="secondary" className="commendation-cards__line">
                  {relativeRegionLabel(e.region.path, null)}
                </Typography.Text>
                <Typography.Text type="secondary" className="commendation-cards__line" style={mono}>
                  {score(e)}
                  {e.rank ? ` · 提名时第 ${e.rank} 名` : ""}
                </Typography.Text>
              </li>
            ))}
          </ul>
        )}
      </Flex>
    );
  }
  const columns: TableColumnsType<Entry> = [
    { title: "所属市", key: "city", width: 110, render: (_: unknown, e) => e.city.name },
    { title: "类别", key: "kind", width: 96, render: (_: unknown, e) => nomineeKindLabels[e.kind] },
    { title: "名称 / 姓名", key: "name", width: 140, render: (_: unknown, e) => <Typography.Text strong>{e.name}</Typography.Text> },
    { title: "所在地区", key: "region", render: (_: unknown, e) => relativeRegionLabel(e.region.path, null) },
    {
      title: "提名时",
      key: "score",
      width: 180,
      render: (_: unknown, e) => <span style={mono}>{`${score(e)}${e.rank ? ` · 第 ${e.rank} 名` : ""}`}</span>,
    },
    { title: "推荐理由", key: "reason", ellipsis: true, render: (_: unknown, e) => e.reason ?? "—" },
  ];
  return (
    <Flex vertical gap={8}>
      {header}
      <Table<Entry>
        rowKey="id"
        dataSource={[...entries]}
        columns={columns}
        size="middle"
        pagination={entries.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 900 }}
        locale={{ emptyText: <ListEmpty pending={loading} text="名单为空" /> }}
      />
    </Flex>
  );
}
