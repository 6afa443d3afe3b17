import { CalendarOutlined } from "@ant-design/icons";
import { Input } from "antd";
import type { Dayjs } from "dayjs";
import { lazy, Suspense, useState } from "react";

// antd's date picker (rc-picker and its locale) weighs ~30 kB compressed: only fetched once used.
const RangePicker = lazy(() => import("antd/es/date-picker").then((m) => ({ default: m.default.RangePicker })));

type Range = [Dayjs | null, Dayjs | null] | null;

interface DeferredRangePickerProps {
  value?: Range;
  onChange?: (range: Range) => void;
  "aria-label"?: string;
  id?: string;
}

const text = (range: Range | undefined) =>
  range && (range[0] || range[1]) ? `${range[0]?.format("YYYY-MM-DD") ?? "…"} ~ ${range[1]?.format("YYYY-MM-DD") ?? "…"}` : "";

/**
 * A date-range field that looks like the picker but loads it on first use (focus or click), so a
 * list's first screen does not wait for it. A controlled antd form field, like `RangePicker`.
 */
export function DeferredRangePicker({ value, onChange, id, "aria-label": label }: DeferredRangePickerProps) {
  const [active, setActive] = useState(false);
  const placeholder = (
    <Input
      id={id}
      readOnly
      value={text(value)}
      placeholder="开始日期 ~ 结束日期"
      suffix={<CalendarOutlined style={{ color: "rgba(0,0,0,0.25)" }} />}
      onFocus={() => setActive(true)}
      onClick={() => setActive(true)}
      aria-label={label}
    />
  );
  if (!active) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <RangePicker
        id={id}
        value={value ?? null}
        onChange={(range) => onChange?.(range ? [range[0] ?? null, range[1] ?? null] : null)}
        allowEmpty={[true, true]}
        style={{ width: "100%" }}
        autoFocus
        defaultOpen
        aria-label={label}
      />
    </Suspense>
  );
}
