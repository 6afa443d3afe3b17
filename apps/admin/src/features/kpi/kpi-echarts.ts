// Only what the trend draws: line and bar series, grid, tooltip, reference lines, on canvas.
// Loaded on demand by kpi-trend-chart.tsx, so ECharts (~300 kB) is a chunk of its own that no
// first screen waits for.
import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, MarkLineComponent, TooltipComponent } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([LineChart, BarChart, GridComponent, TooltipComponent, MarkLineComponent, CanvasRenderer]);

export { echarts };
