import { regionLevelLabels, type RegionLevel } from "@kepu/domain";
import { Flex, Select, Spin, Typography } from "antd";
import { useState } from "react";
import { SEARCH_LIMIT, useRegionSearch, type RegionSearchHit } from "./use-region-search";

interface RegionSelectProps {
  /** Only regions of this level are offered (e.g. townships for a township manager). */
  level: RegionLevel | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  disabled?: boolean;
  placeholder?: string;
  id?: string;
}

function OptionLabel({ region }: { region: RegionSearchHit }) {
  return (
    <Flex vertical style={{ paddingBlock: 2, minWidth: 0 }}>
      <Flex align="center" gap={6}>
        <Typography.Text strong>{region.name}</Typography.Text>
        <Typography.Text type="secondary" style={{ marginInlineStart: "auto", fontSize: 12 }}>
          {region.code}
        </Typography.Text>
      </Flex>
      <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
        {region.path}
      </Typography.Text>
    </Flex>
  );
}

/** Searchable region picker (name or code) for one level; a controlled antd form field. */
export function RegionSelect({ level, value, onChange, disabled, placeholder, id }: RegionSelectProps) {
  const [input, setInput] = useState("");
  const [picked, setPicked] = useState<RegionSearchHit | null>(null);
  const { hits: options, totalCount, searching, term } = useRegionSearch(input, level);
  // Keep the chosen region's label while the search box is cleared or re-used.
  const all = picked && picked.code === value && !options.some((o) => o.code === picked.code) ? [picked, ...options] : options;

  return (
    <Select<string>
      id={id}
      value={value}
      disabled={disabled}
      placeholder={placeholder ?? (level ? `输入${regionLevelLabels[level]}名称搜索` : "输入地区名称搜索")}
      showSearch={{ filterOption: false, onSearch: setInput, searchValue: input }}
      onChange={(code) => {
        setPicked(all.find((o) => o.code === code) ?? null);
        setInput("");
        onChange?.(code);
      }}
      allowClear
      onClear={() => setPicked(null)}
      options={all.map((region) => ({ value: region.code, label: region.path, region }))}
      optionRender={(option) => (option.data.region ? <OptionLabel region={option.data.region} /> : option.label)}
      notFoundContent={searching && input.trim() ? <Spin size="small" /> : term ? "未找到匹配的地区" : "请输入名称或代码搜索"}
      popupRender={(menu) => (
        <>
          {menu}
          {totalCount > options.length ? (
            <Typography.Text type="secondary" style={{ display: "block", padding: "6px 12px", fontSize: 12 }}>
              共 {totalCount} 条匹配，仅显示前 {SEARCH_LIMIT} 条
            </Typography.Text>
          ) : null}
        </>
      )}
      style={{ width: "100%" }}
      aria-label="申请地区"
    />
  );
}
