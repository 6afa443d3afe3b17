import { SearchOutlined } from "@ant-design/icons";
import { AutoComplete, Flex, Input, Spin, Typography } from "antd";
import { useState } from "react";
import { RegionLevelTag } from "./region-level-tag";
import { SEARCH_LIMIT, useRegionSearch } from "./use-region-search";

export function RegionSearch({ onSelectRegion }: { onSelectRegion: (code: string) => void }) {
  const [input, setInput] = useState("");
  const { hits, totalCount, searching, term } = useRegionSearch(input);

  const options = hits.map((hit) => ({
    value: hit.code,
    label: (
      <Flex vertical style={{ paddingBlock: 2 }}>
        <Flex align="center" gap={6}>
          <Typography.Text strong>{hit.name}</Typography.Text>
          <RegionLevelTag level={hit.level} />
          <Typography.Text type="secondary" style={{ marginInlineStart: "auto", fontSize: 12 }}>
            {hit.code}
          </Typography.Text>
        </Flex>
        <Typography.Text type="secondary" ellipsis style={{ fontSize: 12 }}>
          {hit.path}
        </Typography.Text>
      </Flex>
    ),
  }));

  const more =
    totalCount > hits.length
      ? [
          {
            value: "__more__",
            disabled: true,
            label: (
              <Typography.Text type="secondary">
                共 {totalCount} 条匹配，仅显示前 {SEARCH_LIMIT} 条，请输入更完整的名称
              </Typography.Text>
            ),
          },
        ]
      : [];

  return (
    <AutoComplete
      value={input}
      options={[...options, ...more]}
      onSearch={setInput}
      onChange={setInput}
      onSelect={(code: string) => {
        setInput("");
        onSelectRegion(code);
      }}
      style={{ width: "100%" }}
      popupMatchSelectWidth={360}
      notFoundContent={term && !searching ? "未找到匹配的地区" : searching && input.trim() ? <Spin size="small" /> : null}
    >
      <Input allowClear prefix={<SearchOutlined />} placeholder="搜索地区名称或代码" aria-label="搜索地区" />
    </AutoComplete>
  );
}
