import { addDays } from "@kepu/domain";
import { Flex, Segmented, Select } from "antd";
import dayjs from "dayjs";
import { useMemo } from "react";
import { DeferredRangePicker } from "../../shared/deferred-range-picker";
import {
  calendarPeriod,
  EARLIEST_PERIOD_DAY,
  lastDay,
  periodKindLabels,
  periodOptions,
  type KpiPeriod,
  type PeriodKind,
} from "./kpi-period";

const kinds = (Object.keys(periodKindLabels) as PeriodKind[]).map((kind) => ({ value: kind, label: periodKindLabels[kind] }));
const choose: Record<Exclude<PeriodKind, "custom">, string> = { month: "选择月份", quarter: "选择季度", year: "选择年份" };

/**
 * 月 / 季度 / 年 / 自定义: calendar periods from a list (newest first; plain selects work well on a
 * phone and need no date-picker code), a custom range from the shared deferred range picker. Days
 * shown are inclusive; the API's exclusive `to` stays inside KpiPeriod.
 */
export function KpiPeriodPicker({ period, today, onChange }: { period: KpiPeriod; today: string; onChange: (period: KpiPeriod) => void }) {
  const kind = period.kind;
  const options = useMemo(
    () => (kind === "custom" ? [] : periodOptions(kind, today, EARLIEST_PERIOD_DAY).map((o) => ({ value: o.from, label: o.label }))),
    [kind, today],
  );
  const switchKind = (next: PeriodKind) => {
    if (next === "custom") onChange({ kind: "custom", from: period.from, to: period.to });
    else onChange(calendarPeriod(next, period.from, today));
  };
  return (
    <Flex gap={8} wrap align="center" data-testid="kpi-period-picker">
      <Segmented<PeriodKind> options={kinds} value={kind} onChange={switchKind} aria-label="统计周期类型" />
      {kind === "custom" ? (
        <div style={{ width: 260, maxWidth: "100%" }}>
          <DeferredRangePicker
            value={[dayjs(period.from), dayjs(lastDay(period))]}
            onChange={(range) => {
              const [start, end] = [range?.[0]?.format("YYYY-MM-DD"), range?.[1]?.format("YYYY-MM-DD")];
              if (!start || !end || end < start) return;
              onChange({ kind: "custom", from: start, to: addDays(end > today ? today : end, 1) });
            }}
            aria-label="自定义统计日期"
          />
        </div>
      ) : (
        <Select<string>
          value={period.from}
          options={options}
          onChange={(from) => onChange(calendarPeriod(kind, from, today))}
          aria-label={choose[kind]}
          style={{ width: 150 }}
          popupMatchSelectWidth={false}
        />
      )}
    </Flex>
  );
}
