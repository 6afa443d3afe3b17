import { PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Empty, Flex, Select, Skeleton, Tabs } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useViewer } from "../../app/viewer-context";
import { CityRoundView } from "./city-round-view";
import { commendationRoundQuery, commendationRoundsQuery } from "./commendation.graphql";
import { initialYear, roundStatusLabels } from "./commendation-labels";
import "./commendation.css";
import { HonourRollView } from "./honour-roll-view";
import { NominationsTable } from "./nominations-table";
import { OpenRoundModal } from "./open-round-modal";
import { ProvinceRoundView } from "./province-round-view";
import { RoundSummary } from "./round-summary";

/**
 * 年度表彰: the province opens a round a year with per-city quotas, each city nominates units and
 * people from its rankings, the province confirms or rejects each nomination and publishes the honour
 * roll (a list and an export). Other managers follow the nominations inside their region.
 */
export function CommendationPage() {
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const [opening, setOpening] = useState(false);
  const rounds = useQuery(commendationRoundsQuery, { fetchPolicy: "cache-and-network" });
  const list = rounds.data?.commendationRounds ?? [];
  const thisYear = new Date().getFullYear();
  const year = initialYear(params.get("year"), list, new Date());
  const { data, previousData, loading, error } = useQuery(commendationRoundQuery, {
    variables: { year },
    fetchPolicy: "cache-and-network",
  });
  const round = (data ?? (previousData?.commendationRound?.year === year ? previousData : undefined))?.commendationRound ?? null;
  const province = viewer.tier === "PROVINCE_ADMIN";
  const scopePath = province ? null : (viewer.managedRegion?.path ?? null);
  const myCity = round?.myCity ?? null;
  const cityManager = viewer.tier === "CITY_MANAGER" && myCity !== null;
  const years = [...new Set([thisYear + 1, thisYear, ...list.map((r) => r.year), year])].sort((a, b) => b - a);
  const setYear = (y: number) => setParams({ year: String(y) }, { replace: true });
  const tab = params.get("tab") ?? "nominations";
  const setTab = (key: string) => setParams({ year: String(year), tab: key }, { replace: true });
  const statusOf = (y: number) => list.find((r) => r.year === y)?.status;

  const yearSelect = (
    <Select<number>
      value={year}
      onChange={setYear}
      options={years.map((y) => ({ value: y, label: `${y} 年度${statusOf(y) ? `（${roundStatusLabels[statusOf(y)!]}）` : ""}` }))}
      style={{ minWidth: 180 }}
      aria-label="年度"
    />
  );

  let body;
  if (error && !round) body = <Alert type="error" showIcon title={error.message} />;
  else if (!round && (loading || rounds.loading)) body = <Skeleton active paragraph={{ rows: 6 }} aria-label="加载中" />;
  else if (!round) {
    body = (
      <Card>
        <Empty description={`${year} 年度表彰尚未开启`}>
          {province ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setOpening(true)}>
              开启 {year} 年度表彰
            </Button>
          ) : null}
        </Empty>
      </Card>
    );
  } else {
    const nominations = province ? (
      <ProvinceRoundView round={round} loading={loading} />
    ) : cityManager ? (
      <CityRoundView round={round} city={myCity} scopePath={scopePath} loading={loading} />
    ) : (
      <Card size="small" title="辖区内的提名">
        <NominationsTable
          rows={round.nominations}
          loading={loading}
          scopePath={scopePath}
          showCity={false}
          emptyText="辖区内暂无提名（由各市级管理员提名）"
        />
      </Card>
    );
    body = (
      <Flex vertical gap={12}>
        <RoundSummary round={round} province={province} />
        <Tabs
          activeKey={round.status === "PUBLISHED" ? tab : "nominations"}
          onChange={setTab}
          items={[
            { key: "nominations", label: province ? "提名审核" : "提名", children: nominations },
            ...(round.status === "PUBLISHED" ? [{ key: "roll", label: "表彰名单", children: <HonourRollView year={year} /> }] : []),
          ]}
        />
      </Flex>
    );
  }

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="年度表彰"
        subTitle={
          province
            ? "开启年度表彰并设定各市名额，审核各市提名，公布表彰名单。"
            : cityManager
              ? "从本市单位排名和个人排行中提名，不超过名额；省科协审核后公布。"
              : "查看辖区内的提名和已公布的表彰名单。"
        }
        extra={yearSelect}
      />
      {body}
      {province ? <OpenRoundModal year={year} open={opening} onClose={() => setOpening(false)} onOpened={() => setYear(year)} /> : null}
    </Flex>
  );
}
