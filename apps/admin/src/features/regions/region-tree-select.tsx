import type { CSSProperties } from "react";
import { TreeSelect } from "antd";
import { useRegionTreeSelect } from "./use-region-tree-select";

interface RegionTreeSelectProps {
  /** Root of the tree: the viewer's managed region, or null for the whole province. */
  rootCode: string | null;
  value?: string;
  onChange?: (code: string | undefined) => void;
  placeholder?: string;
  style?: CSSProperties;
  id?: string;
}

/** Region picker over the lazily loaded division tree; usable as a controlled antd form field. */
export function RegionTreeSelect({
  rootCode,
  value,
  onChange,
  placeholder = "选择地区",
  style = { width: "100%" },
  id,
}: RegionTreeSelectProps) {
  const treeProps = useRegionTreeSelect(rootCode);
  return (
    <TreeSelect
      {...treeProps}
      id={id}
      value={value}
      onChange={(next: string | undefined) => onChange?.(next ?? undefined)}
      placeholder={placeholder}
      allowClear
      treeLine
      treeDefaultExpandedKeys={rootCode ? [rootCode] : undefined}
      popupMatchSelectWidth={320}
      style={style}
      aria-label="地区"
    />
  );
}
