import { ApartmentOutlined } from "@ant-design/icons";
import { skipToken, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Drawer, Flex, Result } from "antd";
import { useState, type ReactNode } from "react";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import type { KpiRegionQuery } from "../../gql/graphql";
import { RegionTree } from "../regions/region-tree";
import { KpiRegionCrumbs } from "./kpi-region-crumbs";
import { kpiRegionQuery } from "./kpi.graphql";
import type { KpiLocation } from "./use-kpi-location";
import { useKpiRegionTree } from "./use-kpi-region-tree";

export type KpiRegion = NonNullable<KpiRegionQuery["region"]>;

const TREE_WIDTH = 280;
const TREE_HEIGHT = 520;

interface KpiFrameProps {
  title: string;
  subTitle?: ReactNode;
  location: KpiLocation;
  /** Beside the breadcrumbs: period picker, export, the page's own controls. */
  toolbar?: ReactNode;
  /** The page's body for the region looked at (known once its name has arrived). */
  children: (region: KpiRegion) => ReactNode;
}

function RegionTreePanel({ location, region, height }: { location: KpiLocation; region: KpiRegion | undefined; height: number }) {
  const tree = useKpiRegionTree(location.root ?? "", region?.ancestors.map((a) => a.code) ?? [], location.regionCode);
  return (
    <div data-testid="kpi-region-tree">
      <RegionTree controller={tree} selectedCode={location.regionCode} onSelectRegion={location.goToRegion} height={height} />
    </div>
  );
}

/**
 * What the three KPI pages share: the title, the region path (breadcrumbs, each level a link), the
 * region tree beside the body on wide screens — in a drawer on phones — and the page's toolbar.
 */
export function KpiFrame({ title, subTitle, location, toolbar, children }: KpiFrameProps) {
  const compact = useCompact();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const { root, regionCode } = location;
  const { data, error, loading } = useQuery(kpiRegionQuery, root ? { variables: { code: regionCode } } : skipToken);
  const region = data?.region?.code === regionCode ? data.region : undefined;

  if (!root) {
    return (
      <>
        <PageHeader title={title} />
        <Result status="info" title="没有管辖地区" subTitle="统计数据按管辖地区提供；请先完成管理员认证。" />
      </>
    );
  }

  const body = error ? (
    <Alert type="error" showIcon title="地区信息加载失败" description="请检查网络后刷新页面重试。" />
  ) : !loading && !data?.region ? (
    <Alert type="warning" showIcon title="地区不存在" description="该地区代码不存在，请从左侧地区树中重新选择。" />
  ) : region ? (
    children(region)
  ) : null;

  return (
    <Flex vertical gap={12} style={{ minWidth: 0 }}>
      <PageHeader title={title} subTitle={subTitle} />
      <Card size="small">
        <Flex gap={12} wrap align="center" justify="space-between">
          <Flex gap={8} align="center" wrap style={{ minWidth: 0 }}>
            {compact ? (
              <Button size="small" icon={<ApartmentOutlined />} onClick={() => setDrawerOpen(true)}>
                切换地区
              </Button>
            ) : null}
            <KpiRegionCrumbs region={region} root={root} searchFor={location.regionSearch} />
          </Flex>
          {toolbar}
        </Flex>
      </Card>
      <Flex gap={16} align="flex-start" style={{ minWidth: 0 }}>
        {compact ? null : (
          <Card
            size="small"
            title={
              <Flex align="center" gap={8}>
                <ApartmentOutlined />
                地区
              </Flex>
            }
            style={{ width: TREE_WIDTH, flexShrink: 0, position: "sticky", top: 0 }}
            styles={{ body: { padding: 8 } }}
          >
            <RegionTreePanel location={location} region={region} height={TREE_HEIGHT} />
          </Card>
        )}
        <Flex vertical gap={12} style={{ flex: 1, minWidth: 0 }} data-testid="kpi-body">
          {body}
        </Flex>
      </Flex>
      {compact ? (
        <Drawer title="选择地区" placement="left" open={drawerOpen} onClose={() => setDrawerOpen(false)} size="85%">
          <RegionTreePanel
            location={{
              ...location,
              goToRegion: (code) => {
                setDrawerOpen(false);
                location.goToRegion(code);
              },
            }}
            region={region}
            height={480}
          />
        </Drawer>
      ) : null}
    </Flex>
  );
}
