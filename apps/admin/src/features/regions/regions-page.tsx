import { ApartmentOutlined } from "@ant-design/icons";
import { Card, Empty, Flex } from "antd";
import { useCallback, useEffect, useRef } from "react";
import { Navigate, useNavigate, useParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import { useElementHeight } from "../../shared/use-element-height";
import { RegionDetailCard } from "./region-detail-card";
import { RegionSearch } from "./region-search";
import { RegionTree } from "./region-tree";
import { useRegionTree } from "./use-region-tree";

const TREE_PANEL_WIDTH = 360;
/** On phones the panes stack; the tree gets a fixed band above the detail. */
const COMPACT_TREE_HEIGHT = 320;

/** 地区: lazily loaded Henan division tree on the left, the selected region (from the URL) on the right. */
export function RegionsPage() {
  const { code } = useParams<{ code?: string }>();
  const navigate = useNavigate();
  const viewer = useViewer();
  const compact = useCompact();
  const tree = useRegionTree();
  const treeBox = useRef<HTMLDivElement>(null);
  const measuredHeight = useElementHeight(treeBox, 480);
  const treeHeight = compact ? COMPACT_TREE_HEIGHT : measuredHeight;
  const ownCode = viewer.tier === "PROVINCE_ADMIN" ? undefined : viewer.managedRegion?.code;

  const select = useCallback((next: string) => void navigate(`/regions/${next}`), [navigate]);
  const { reveal } = tree;
  // A manager's own region opens expanded: its children are what they work with.
  const onLoaded = useCallback(
    (ancestors: readonly string[], loaded: string) => void reveal(loaded === ownCode ? [...ancestors, loaded] : ancestors, loaded),
    [reveal, ownCode],
  );
  const headingRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (compact && code) headingRef.current?.scrollIntoView({ block: "nearest" });
  }, [compact, code]);

  // Managers land on the region they manage rather than on a collapsed province.
  if (!code && ownCode) return <Navigate to={`/regions/${ownCode}`} replace />;

  return (
    <Flex vertical gap={12} style={{ flex: 1, minHeight: 0 }}>
      <PageHeader title="地区" subTitle="河南省行政区划（省、市、区县、乡镇街道、村社区）及常住人口" />
      <Flex gap={16} vertical={compact} align="stretch" style={{ flex: 1, minHeight: 0 }}>
        <Card
          size="small"
          title={
            <Flex align="center" gap={8}>
              <ApartmentOutlined />
              地区树
            </Flex>
          }
          style={{
            width: compact ? "100%" : TREE_PANEL_WIDTH,
            flexShrink: 0,
            display: "flex",
            flexDirection: "column",
            minHeight: compact ? undefined : 480,
          }}
          styles={{ body: { flex: 1, minHeight: 0, display: "flex", flexDirection: "column", gap: 12, padding: 12 } }}
        >
          <RegionSearch onSelectRegion={select} />
          <div ref={treeBox} style={{ flex: 1, minHeight: 0 }} data-testid="region-tree">
            <RegionTree controller={tree} selectedCode={code} onSelectRegion={select} height={treeHeight} />
          </div>
        </Card>
        <div ref={headingRef} style={{ flex: 1, minWidth: 0, overflow: compact ? undefined : "auto" }} data-testid="region-detail">
          {code ? (
            <RegionDetailCard key={code} code={code} onLoaded={onLoaded} />
          ) : (
            <Card
              style={{ height: "100%" }}
              styles={{ body: { height: "100%", display: "flex", alignItems: "center", justifyContent: "center" } }}
            >
              <Empty description="请在左侧地区树中选择地区，或搜索地区名称" />
            </Card>
          )}
        </div>
      </Flex>
    </Flex>
  );
}
