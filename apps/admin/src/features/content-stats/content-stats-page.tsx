import { ArrowLeftOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { addDays, sharePlatformLabels, type SharePlatform } from "@kepu/domain";
import { Button, Card, Col, Divider, Input, Row, Space, Statistic, Table, Typography, type TableColumnsType } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { graphQLErrorText } from "../../app/error-text";
import { PageHeader } from "../../app/page-header";
import type { ContentShareListQuery, ContentShareStatsQuery } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { DeferredRangePicker } from "../../shared/deferred-range-picker";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { LinkButton } from "../../shared/link-button";
import { ListEmpty } from "../../shared/list-empty";
import { withParams } from "../../shared/url-paging";
import { useConnectionTable } from "../../shared/use-connection-table";
import { contentShareListQuery, contentShareStatsQuery, revokeShareLinkMutation } from "./content-stats.graphql";
import { openRate, periodFromParams } from "./share-period";
import { useAppMessage } from "../../app/app-message";

type Row = ContentShareListQuery["contents"]["edges"][number]["node"];
type Stats = ContentShareStatsQuery["contentShareStats"];

const mono = { fontVariantNumeric: "tabular-nums" } as const;

const listColumns: TableColumnsType<Row> = [
  {
    title: "标题",
    dataIndex: "title",
    render: (title: string, row) => <Link to={`/content/stats/${row.id}`}>{title}</Link>,
  },
  { title: "频道", dataIndex: ["channel", "name"], width: 100 },
  { title: "发布时间", dataIndex: "publishedAt", width: 160, render: (v: string | null) => formatDateTime(v) },
  {
    title: "分享次数",
    dataIndex: "shareCount",
    width: 100,
    align: "right",
    render: (v: number) => <span style={mono}>{formatCount(v)}</span>,
  },
  {
    title: "打开次数",
    dataIndex: "openCount",
    width: 100,
    align: "right",
    render: (v: number) => <span style={mono}>{formatCount(v)}</span>,
  },
  {
    title: "打开率",
    key: "rate",
    width: 90,
    align: "right",
    render: (_: unknown, r) => <span style={mono}>{openRate(r.shareCount, r.openCount)}</span>,
  },
];

/** Published items, newest first, with their counts; a title opens its statistics. */
function ContentShareList() {
  const [search, setSearch] = useState<string | undefined>();
  const table = useConnectionTable(contentShareListQuery, {
    variables: { filter: search ? { search } : null },
    connection: (data) => data.contents,
    pageSize: 20,
    fetchPolicy: "cache-and-network",
  });
  return (
    <Card style={{ marginTop: 12 }}>
      <Input.Search
        placeholder="按标题或摘要搜索已发布的内容"
        allowClear
        onSearch={(value) => setSearch(value.trim() || undefined)}
        style={{ maxWidth: 360 }}
        aria-label="搜索内容"
      />
      <Divider style={{ marginBlock: 16 }} />
      <Table<Row>
        {...table.tableProps}
        columns={listColumns}
        size="middle"
        scroll={{ x: 720 }}
        locale={{ emptyText: <ListEmpty pending={table.pending} text={search ? "没有符合条件的内容" : "还没有已发布的内容"} /> }}
      />
      <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 条内容`} />
    </Card>
  );
}

const figureColumns = <T extends { shares: number; opens: number }>(first: TableColumnsType<T>[number]): TableColumnsType<T> => [
  first,
  { title: "分享次数", dataIndex: "shares", align: "right", render: (v: number) => <span style={mono}>{formatCount(v)}</span> },
  { title: "打开次数", dataIndex: "opens", align: "right", render: (v: number) => <span style={mono}>{formatCount(v)}</span> },
  { title: "打开率", key: "rate", align: "right", render: (_: unknown, r) => <span style={mono}>{openRate(r.shares, r.opens)}</span> },
];

const platformColumns = figureColumns<Stats["byPlatform"][number]>({
  title: "平台",
  dataIndex: "platform",
  render: (p: SharePlatform) => sharePlatformLabels[p] ?? p,
});
const dayColumns = figureColumns<Stats["byDay"][number]>({ title: "日期", dataIndex: "day" });

/** Staff paste a reported link to switch it off (the province, or managers over the sharer). */
function RevokeLinkCard() {
  const { message } = useAppMessage();
  const [link, setLink] = useState("");
  const [revoke, { loading }] = useMutation(revokeShareLinkMutation);
  const submit = async () => {
    if (!link.trim()) return;
    try {
      const { data } = await revoke({ variables: { link: link.trim() } });
      message.success(`已撤销《${data?.revokeShareLink.content.title ?? ""}》的这条分享链接`);
      setLink("");
    } catch (err) {
      const first = (err as { errors?: { message?: string }[] }).errors?.[0];
      message.error(first ? graphQLErrorText(first) : "撤销失败，请稍后重试");
    }
  };
  return (
    <Card title="撤销分享链接" size="small" style={{ marginTop: 12 }}>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        收到不当传播的举报时，粘贴分享链接（完整网址或 /s/… 路径）即可使其失效；已计入的分享次数不变。
      </Typography.Paragraph>
      <Space.Compact style={{ width: "100%", maxWidth: 560 }}>
        <Input
          value={link}
          onChange={(e) => setLink(e.target.value)}
          onPressEnter={() => void submit()}
          placeholder="https://…/s/xxxx"
          aria-label="分享链接"
        />
        <Button danger loading={loading} onClick={() => void submit()} disabled={!link.trim()}>
          撤销
        </Button>
      </Space.Compact>
    </Card>
  );
}

/** One item's shares and opens in a period, by platform and by day. */
function ContentShareDetail({ id }: { id: string }) {
  const [params, setParams] = useSearchParams();
  const period = periodFromParams(params);
  const { data, loading } = useQuery(contentShareStatsQuery, {
    variables: { contentId: id, from: period.from, to: period.to },
    fetchPolicy: "cache-and-network",
  });
  const stats = data?.contentShareStats;
  const last = addDays(period.to, -1);
  return (
    <>
      <PageHeader
        title={stats ? `传播统计：${stats.content.title}` : "传播统计"}
        subTitle={
          stats?.region ? `只统计${stats.region.name}的科普员分享` : "按平台、按天统计分享次数与分享链接的打开次数（每位访客每天计一次）"
        }
        extra={
          <LinkButton to="/content/stats" icon={<ArrowLeftOutlined />}>
            返回列表
          </LinkButton>
        }
      />
      <Card style={{ marginTop: 12 }} loading={loading && !stats}>
        <Row gutter={[16, 16]} align="middle">
          <Col xs={24} md={10}>
            <DeferredRangePicker
              value={[dayjs(period.from), dayjs(last)]}
              onChange={(range) =>
                setParams(
                  (current) => withParams(current, { from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") }),
                  {
                    replace: true,
                  },
                )
              }
              aria-label="统计日期"
            />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title="分享次数" value={stats?.shares ?? 0} />
          </Col>
          <Col xs={8} md={4}>
            <Statistic title="打开次数" value={stats?.opens ?? 0} />
          </Col>
          <Col xs={8} md={6}>
            <Statistic
              title="累计（全部地区）"
              value={stats ? `${formatCount(stats.content.shareCount)} / ${formatCount(stats.content.openCount)}` : "—"}
            />
          </Col>
        </Row>
        <Divider titlePlacement="start" plain>
          按平台
        </Divider>
        <Table rowKey="platform" columns={platformColumns} dataSource={stats?.byPlatform ?? []} pagination={false} size="small" />
        <Divider titlePlacement="start" plain>
          按天
        </Divider>
        <Table
          rowKey="day"
          columns={dayColumns}
          dataSource={[...(stats?.byDay ?? [])].reverse()}
          pagination={{ pageSize: 10, hideOnSinglePage: true, showSizeChanger: false }}
          size="small"
        />
      </Card>
      <RevokeLinkCard />
    </>
  );
}

/** 传播统计: the list of items, or one item's figures (`/content/stats/<id>`). */
export function ContentStatsPage() {
  const { id } = useParams<{ id?: string }>();
  if (id) return <ContentShareDetail id={id} />;
  return (
    <>
      <PageHeader title="传播统计" subTitle="已发布内容的分享次数与分享链接打开次数；点击标题查看按平台、按天的统计。" />
      <ContentShareList />
      <RevokeLinkCard />
    </>
  );
}
