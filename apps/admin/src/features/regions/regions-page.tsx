import { ApartmentOutlined } from "@ant-design/icons";
import { Card, Empty, Flex, Typography } from "antd";
import { useCallback, useRef } from "react";
import { useNavigate, useParams } from "react-router";
import { useElementHeight } from "../../shared/use-element-height";
import { RegionDetailCard } from "./region-detail-card";
import { RegionSearch } from "./region-search";
import { RegionTree } from "./region-tree";
import { useRegionTree } from "./use-region-tree";

const TREE_PANEL_WIDTH = 360;

/** 地区: lazily loaded Henan division tree on the left, the selected region (from the URL) on the right. */
export function RegionsPage() {
  const { code } = useParams<{ code?: string }>();
  const navigate = useNavigate();
  const tree = useRegionTree();
  const treeBox = useRef<HTMLDivElement>(null);
  const treeHeight = useElementHeight(treeBox, 480);

  const select = useCallback((next: string) => void navigate(`/regions/${next}`), [navigate]);

  return (
    <Flex vertical gap={12} style={{ flex: 1, minHeight: 0 }}>
      <div>
        <Typography.Title level={4} style={{ margin: 0 }}>
          地区
        </Typography.Title>
        <Typography.Text type="secondary">河南省行政区划（省、市、区县、乡镇街道、村社区）及常住人口</Typography.Text>
      </div>
      <Flex gap={16} align="stretch" style={{ flex: 1, minHeight: 0 }}>
        <Card
          size="small"
          title={
            <Flex align="center" gap={8}>
              <ApartmentOutlined />
              地区树
            </Flex>
          }
          style={{ width: TREE_PANEL_WIDTH, flexShrink: 0, display: "flex", flexDirection: "column", minHeight: 480 }}
          styles={{ body: { flex: 1, minHeight: 0, display: "flex", flexDirection: "column", gap: 12, padding: 12 } }}
        >
          <RegionSearch onSelectRegion={select} />
          <div ref={treeBox} style={{ flex: 1, minHeight: 0 }} data-testid="region-tree">
            <RegionTree controller={tree} selectedCode={code} onSelectRegion={select} height={treeHeight} />
          </div>
        </Card>
        <div style={{ flex: 1, minWidth: 0, overflow: "auto" }}>
          {code ? (
            <RegionDetailCard key={code} code={code} onLoaded={tree.reveal} />
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
