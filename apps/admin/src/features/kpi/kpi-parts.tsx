import { ArrowDownOutlined, ArrowUpOutlined, MinusOutlined } from "@ant-design/icons";
import { CombinedGraphQLErrors } from "@apollo/client";
import type { PopulationSource } from "@kepu/domain";
import { Alert, Button, Empty, Tag, Tooltip, Typography } from "antd";
import { graphQLErrorText, NETWORK_ERROR_TEXT } from "../../app/error-text";
import { formatCount } from "../../shared/format";
import "./kpi.css";

/** A failed KPI query: the server's reason (e.g. 无权查看该地区的数据) and a retry. */
export function KpiError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const first = CombinedGraphQLErrors.is(error) ? error.errors[0] : undefined;
  return (
    <Alert
      type="error"
      showIcon
      title="统计数据加载失败"
      description={first ? graphQLErrorText(first) : NETWORK_ERROR_TEXT}
      action={
        onRetry ? (
          <Button size="small" onClick={onRetry}>
            重试
          </Button>
        ) : undefined
      }
    />
  );
}

/** "该期间暂无数据": nothing was counted in the period (distinct from still loading). */
export function KpiNoData({ text = "该期间暂无数据" }: { text?: string }) {
  return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text} />;
}

/** ▲2 / ▼1 / —: places gained since the previous period of equal length (positive = up). */
export function RankChange({ change, previousRank }: { change: number; previousRank?: number }) {
  const title = previousRank === undefined ? undefined : `上期第 ${previousRank} 名`;
  if (change === 0) {
    return (
      <Tooltip title={title}>
        <Typography.Text type="secondary" aria-label="名次不变">
          <MinusOutlined />
        </Typography.Text>
      </Tooltip>
    );
  }
  const up = change > 0;
  return (
    <Tooltip title={title}>
      <span
        style={{ color: up ? "#389e0d" : "#cf1322", whiteSpace: "nowrap" }}
        aria-label={up ? `上升 ${change} 名` : `下降 ${-change} 名`}
      >
        {up ? <ArrowUpOutlined /> : <ArrowDownOutlined />} <span className="kpi-num">{Math.abs(change)}</span>
      </span>
    </Tooltip>
  );
}

/** A population, marked 估算 when it was split from the parent's figure by village counts (docs/kpis.md). */
export function PopulationCell({ population, source }: { population: number | null; source: PopulationSource | null }) {
  return (
    <span style={{ whiteSpace: "nowrap" }}>
      <span className="kpi-num">{formatCount(population)}</span>
      {source === "ESTIMATE" ? (
        <Tooltip title="区县及以下没有普查数据：按上级人口和村社区数估算">
          <Tag color="orange" style={{ marginInlineStart: 6, marginInlineEnd: 0 }}>
            估算
          </Tag>
        </Tooltip>
      ) : null}
    </span>
  );
}

export function Num({ value }: { value: number | null | undefined }) {
  return <span className="kpi-num">{formatCount(value)}</span>;
}
