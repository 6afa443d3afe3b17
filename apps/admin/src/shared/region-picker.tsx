import { skipToken, useQuery } from "@apollo/client/react";
import { regionLevelLabels, type RegionLevel } from "@kepu/domain";
import { Flex, Select, Spin, Typography } from "antd";
import { useState } from "react";
import type { RegionPickerSearchQuery } from "../gql/graphql";
import { relativeRegionLabel } from "./region-label";
import { regionPickerChosenQuery, regionPickerSearchQuery } from "./region-picker.graphql";
import { useDebouncedValue } from "./use-debounced-value";

export const REGION_PICKER_DEBOUNCE_MS = 300;
const LIMIT = 20;
const MORE = "__more__";

type Hit = RegionPickerSearchQuery["regions"]["edges"][number]["node"];

export interface RegionPickerProps {
  /** The viewer's managed region: the server searches only its subtree (`regions(within:)`). Null: the whole province. */
  within: string | null;
  /** Its path, so hits read relative to it (经八路街道, not 河南省 / 郑州市 / 金水区 / 经八路街道). */
  withinPath: string | null;
  /** Only regions of this level (a township manager's township). */
  level?: RegionLevel | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  id?: string;
  "aria-label"?: string;
}

function HitLabel({ hit, withinPath }: { hit: Hit; withinPath: string | null }) {
  return (
    <Flex vertical style={{ paddingBlock: 2, minWidth: 0 }}>
      <Flex align="center" gap={6}>
        <Typography.Text strong>{hit.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: "auto", fontSize: 12 }}>
          {regionLevelLabels[hit.level]}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
        {relativeRegionLabel(hit.path, withinPath)}
      </Typography.Text>
    </Flex>
  );
}

/**
 * A searchable region select for filters and forms: type a name (or code), pick from the hits —
 * for a manager only inside their region, asked of the server with `within` (so the first 20 hits
 * are all usable), each shown with its path relative to the viewer. The chosen region is labelled
 * by name, never by its raw code, even straight after a reload while its name is on its way.
 */
export function RegionPicker({ within, withinPath, level = null, value, onChange, placeholder, id, ...rest }: RegionPickerProps) {
  const [input, setInput] = useState("");
  const term = useDebouncedValue(input.trim(), REGION_PICKER_DEBOUNCE_MS);
  const search = useQuery(regionPickerSearchQuery, term ? { variables: { search: term, within, level, first: LIMIT } } : skipToken);
  const shown = term ? (search.data ?? search.previousData) : undefined;
  const hits = shown?.regions.edges.map((e) => e.node) ?? [];
  const more = (shown?.regions.totalCount ?? 0) - hits.length;
  // Typing ahead of the debounce counts as searching, so "no matches" never flashes early.
  const searching = search.loading || input.trim() !== term;
  const chosen = useQuery(regionPickerChosenQuery, value ? { variables: { code: value } } : skipToken);
  const chosenRegion = chosen.data?.region?.code === value ? (chosen.data?.region ?? undefined) : undefined;
  const chosenLabel = chosenRegion ? relativeRegionLabel(chosenRegion.path, withinPath) : "加载中…";

  const options: { value: string; label: string; hit?: Hit; disabled?: boolean }[] = hits.map((hit) => ({
    value: hit.code,
    label: hit.name,
    hit,
  }));
  // Opened without a search, the list shows the current choice; while searching, only hits (so "none found" can show).
  if (value && !term && !options.some((o) => o.value === value)) options.unshift({ value, label: chosenLabel });
  if (more > 0) options.push({ value: MORE, label: `另有 ${more} 个匹配，请输入更完整的名称`, disabled: true });

  return (
    <Select<string>
      id={id}
      value={value}
      placeholder={placeholder}
      showSearch={{ filterOption: false, onSearch: setInput, searchValue: input }}
      onChange={(code) => {
        setInput("");
        onChange?.(code ?? undefined);
      }}
      allowClear
      options={options}
      labelRender={({ value: code }) => (code === value ? chosenLabel : String(code))}
      optionRender={(option) =>
        option.data.hit ? (
          <HitLabel hit={option.data.hit} withinPath={withinPath} />
        ) : (
          <Typography.Text type={option.data.disabled ? "secondary" : undefined}>{option.label}</Typography.Text>
        )
      }
      notFoundContent={
        searching && input.trim() ? (
          <Spin size="small" />
        ) : term ? (
          within ? (
            "管辖范围内未找到匹配的地区"
          ) : (
            "未找到匹配的地区"
          )
        ) : (
          "输入地区名称或代码搜索"
        )
      }
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 280, maxWidth: "calc(100vw - 24px)" } } }}
      style={{ width: "100%" }}
      aria-label={rest["aria-label"] ?? "地区"}
    />
  );
}
