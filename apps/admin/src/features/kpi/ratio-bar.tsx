import { Tooltip } from "antd";
import { formatPercent, markerPercents, ratioBand, ratioBarPercent } from "./kpi-format";
import "./kpi.css";

const bandText = { unknown: "无人口数据", below: "未达 1%", demonstration: "已达 1%（示范标准）", target: "已达 2%（目标）" } as const;

/** 注册比例 as a bar against the 1 % threshold and the 2 % target (ticks), with the figure beside it. */
export function RatioBar({ ratio }: { ratio: number | null | undefined }) {
  const band = ratioBand(ratio);
  const label = `注册比例 ${formatPercent(ratio)}，${bandText[band]}`;
  return (
    <Tooltip title={`${bandText[band]}；刻度：1% 示范标准、2% 目标`}>
      <div className={`kpi-ratio kpi-ratio--${band}`} role="img" aria-label={label}>
        <div className="kpi-ratio__track">
          <div className="kpi-ratio__fill" style={{ width: `${ratioBarPercent(ratio)}%` }} />
          <div className="kpi-ratio__marker" style={{ left: `${markerPercents.demonstration}%` }} />
          <div className="kpi-ratio__marker kpi-ratio__marker--target" style={{ left: `${markerPercents.target}%` }} />
        </div>
        <span className="kpi-ratio__text">{formatPercent(ratio)}</span>
      </div>
    </Tooltip>
  );
}
