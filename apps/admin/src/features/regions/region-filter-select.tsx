import { skipToken, useQuery } from "@apollo/client/react";
import { regionLevelLabels } from "@kepu/domain";
import { Flex, Select, Spin, Typography } from "antd";
import { useState } from "react";
import { relativeRegionLabel } from "../../shared/region-label";
import { regionNameQuery } from "./regions.graphql";
import { useRegionSearch, type RegionSearchHit } from "./use-region-search";

/** A scoped search sees only its own subtree's hits, so it asks for more to keep enough after filtering. */
const SCOPED_SEARCH_LIMIT = 100;

interface RegionFilterSelectProps {
  /** The viewer's managed region (hits outside it are dropped), or null for the province. */
  rootCode: string | null;
  /** Its path, to label hits relative to it. */
  rootPath: string | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  id?: string;
}

function HitLabel({ hit, rootPath }: { hit: RegionSearchHit; rootPath: string | null }) {
  return (
    <Flex vertical style={{ paddingBlock: 2, minWidth: 0 }}>
      <Flex align="center" gap={6}>
        <Typography.Text strong>{hit.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: "auto", fontSize: 12 }}>
          {regionLevelLabels[hit.level]}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
        {relativeRegionLabel(hit.path, rootPath)}
      </Typography.Text>
    </Flex>
  );
}

/**
 * The 科普员 region filter: type a name (or code), pick from the hits inside the viewer's region,
 * each shown with its path. The chosen region is labelled by name — never by its raw code, even
 * straight after a reload while its name is still on its way.
 */
export function RegionFilterSelect({ rootCode, rootPath, value, onChange, placeholder, id }: RegionFilterSelectProps) {
  const [input, setInput] = useState("");
  const { hits, searching, term } = useRegionSearch(input, null, rootCode ? SCOPED_SEARCH_LIMIT : undefined);
  const inScope = rootCode ? hits.filter((hit) => hit.code.startsWith(rootCode)) : hits;
  const chosen = useQuery(regionNameQuery, value ? { variables: { code: value } } : skipToken);
  const chosenRegion = chosen.data?.region?.code === value ? (chosen.data?.region ?? undefined) : undefined;

  const options: { value: string; label: string; hit?: RegionSearchHit }[] = inScope.map((hit) => ({
    value: hit.code,
    label: hit.name,
    hit,
  }));
  if (value && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: chosenRegion ? relativeRegionLabel(chosenRegion.path, rootPath) : "加载中…" });
  }

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
      labelRender={({ value: code }) =>
        code === value ? (chosenRegion ? relativeRegionLabel(chosenRegion.path, rootPath) : "加载中…") : String(code)
      }
      optionRender={(option) => (option.data.hit ? <HitLabel hit={option.data.hit} rootPath={rootPath} /> : option.label)}
      notFoundContent={searching && input.trim() ? <Spin size="small" /> : term ? "管辖范围内未找到匹配的地区" : "输入地区名称或代码搜索"}
      popupMatchSelectWidth={false}
      styles={{ popup: { root: { minWidth: 280, maxWidth: "calc(100vw - 24px)" } } }}
      style={{ width: "100%" }}
      aria-label="地区"
    />
  );
}
