import { Alert, Empty, Skeleton, Tree, Typography, type GetRef } from "antd";
import { useEffect, useRef } from "react";
import "./region-tree.css";
import type { RegionTreeNode } from "./region-tree-data";
import type { RegionTreeController } from "./use-region-tree";

type TreeInstance = GetRef<typeof Tree>;

interface RegionTreeProps {
  controller: RegionTreeController;
  selectedCode: string | undefined;
  onSelectRegion: (code: string) => void;
  /** Pixel height; enables antd's virtual list so a 200-child level renders only visible rows. */
  height: number;
}

function RegionTreeTitle({ node }: { node: RegionTreeNode }) {
  return (
    <span className="region-tree-title" title={`${node.region.name}（${node.region.code}）`}>
      <span className="region-tree-title__name">{node.region.name}</span>
      <Typography.Text type="secondary" className="region-tree-title__code">
        {node.region.code}
      </Typography.Text>
    </span>
  );
}

export function RegionTree({ controller, selectedCode, onSelectRegion, height }: RegionTreeProps) {
  const treeRef = useRef<TreeInstance>(null);
  const { treeData, scrollTarget } = controller;

  useEffect(() => {
    if (scrollTarget) treeRef.current?.scrollTo({ key: scrollTarget.key, align: "auto" });
  }, [scrollTarget]);

  if (controller.rootsLoading) return <Skeleton active paragraph={{ rows: 8 }} title={false} />;
  if (controller.rootsFailed) return <Alert type="error" showIcon title="地区树加载失败" description="请检查网络后刷新页面重试。" />;
  if (treeData.length === 0) return <Empty description="暂无地区数据" image={Empty.PRESENTED_IMAGE_SIMPLE} />;

  return (
    <Tree<RegionTreeNode>
      ref={treeRef}
      className="region-tree"
      treeData={treeData}
      height={height}
      blockNode
      showLine
      loadData={controller.loadData}
      loadedKeys={controller.loadedKeys}
      expandedKeys={controller.expandedKeys}
      onExpand={controller.onExpand}
      selectedKeys={selectedCode ? [selectedCode] : []}
      // Clicking the selected node again would deselect it in antd; the URL stays the single source of truth instead.
      onSelect={(_keys, info) => onSelectRegion(String(info.node.key))}
      titleRender={(node) => <RegionTreeTitle node={node} />}
    />
  );
}
