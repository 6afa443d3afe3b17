import { CalendarOutlined } from "@ant-design/icons";
import { Input } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { lazy, Suspense, useState } from "react";

// antd's date picker (rc-picker and its locale) is only fetched once the field is used.
const DatePicker = lazy(() => import("antd/es/date-picker"));

/** 截止日期: a day field that looks like the picker and loads it on first focus (as DeferredRangePicker does). */
export function KpiDeadlinePicker({ value, onChange, minDay }: { value: string; onChange: (day: string) => void; minDay: string }) {
  const [active, setActive] = useState(false);
  const placeholder = (
    <Input
      readOnly
      value={value}
      suffix={<CalendarOutlined style={{ color: "rgba(0,0,0,0.25)" }} />}
      onFocus={() => setActive(true)}
      onClick={() => setActive(true)}
      aria-label="截止日期"
      style={{ width: 150 }}
    />
  );
  if (!active) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <DatePicker
        value={dayjs(value)}
        format="YYYY-MM-DD"
        onChange={(_day: unknown, text: string | string[] | null) => {
          if (typeof text === "string" && text) onChange(text);
        }}
        disabledDate={(day: Dayjs) => day.format("YYYY-MM-DD") < minDay}
        allowClear={false}
        autoFocus
        defaultOpen
        aria-label="截止日期"
        style={{ width: 150 }}
      />
    </Suspense>
  );
}
