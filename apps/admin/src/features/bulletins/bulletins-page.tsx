import { FileAddOutlined, ReloadOutlined } from "@ant-design/icons";
import { Button, Card, Checkbox, Col, Divider, Flex, Row, Select } from "antd";
import { useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import type { BulletinListItemFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { RegionPicker } from "../../shared/region-picker";
import { withParams } from "../../shared/url-paging";
import { useConnectionTable } from "../../shared/use-connection-table";
import { useUrlPaging } from "../../shared/use-url-paging";
import {
  bulletinFilterFromParams,
  bulletinFilterToParams,
  isFiltered,
  toBulletinVariables,
  type BulletinFilterValues,
} from "./bulletin-filter";
import { bulletinKindLabels, bulletinKinds, bulletinSourceLabels, EARLIEST_BULLETIN_DAY, shanghaiToday } from "./bulletin-period";
import { BulletinPreviewDrawer } from "./bulletin-preview-drawer";
import { bulletinsQuery } from "./bulletins.graphql";
import { BulletinsTable } from "./bulletins-table";
import { GenerateBulletinModal } from "./generate-bulletin-modal";

/** The province the platform serves (河南省): the province's own bulletins are made for it. */
const PROVINCE_CODE = "41";
const kindOptions = bulletinKinds.map((value) => ({ value, label: bulletinKindLabels[value] }));
const sourceOptions = (["SCHEDULED", "ON_DEMAND"] as const).map((value) => ({ value, label: bulletinSourceLabels[value] }));
const cell = { xs: 24, md: 12, xl: 6 } as const;

/**
 * 通报: the bulletins of the viewer's region and below, latest period first; filters and paging in
 * the URL. 生成通报 makes one for any finished period; each row opens its table and downloads it.
 */
export function BulletinsPage() {
  const viewer = useViewer();
  const compact = useCompact();
  const today = shanghaiToday();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const values = useMemo(() => bulletinFilterFromParams(new URLSearchParams(key)), [key]);
  const variables = useMemo(() => toBulletinVariables(values), [values]);
  const write = (next: BulletinFilterValues) =>
    setParams((current) => withParams(current, bulletinFilterToParams(next)), { replace: true });
  const set = (change: Partial<BulletinFilterValues>) => write({ ...values, ...change });

  const paging = useUrlPaging();
  const table = useConnectionTable(bulletinsQuery, {
    variables,
    connection: (data) => data.bulletins,
    pageSize: paging.pageSize,
    pager: paging,
    fetchPolicy: "cache-and-network",
  });

  const province = viewer.tier === "PROVINCE_ADMIN";
  const within = province ? null : (viewer.managedRegion?.code ?? null);
  const withinPath = province ? null : (viewer.managedRegion?.path ?? null);
  const rootRegion = province ? PROVINCE_CODE : (viewer.managedRegion?.code ?? PROVINCE_CODE);
  const years = useMemo(() => {
    const out: { value: number; label: string }[] = [];
    for (let y = Number(today.slice(0, 4)); y >= Number(EARLIEST_BULLETIN_DAY.slice(0, 4)); y--) out.push({ value: y, label: `${y}年` });
    return out;
  }, [today]);

  const [generating, setGenerating] = useState(false);
  const [opened, setOpened] = useState<BulletinListItemFragment | null>(null);
  const filtered = isFiltered(values);

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="通报"
        subTitle="各地区直接下级的排名通报：每月 1 日自动生成上月的全省与各市通报，也可为管辖地区生成任意已结束期间的通报。生成后固定不变。"
        extra={
          <Button type="primary" icon={<FileAddOutlined />} onClick={() => setGenerating(true)}>
            生成通报
          </Button>
        }
      />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[16, 12]}>
          <Col {...cell}>
            <Flex vertical gap={4}>
              <RegionPicker
                within={within}
                withinPath={withinPath}
                value={values.regionCode}
                onChange={(regionCode) => set({ regionCode, withSubregions: regionCode ? values.withSubregions : undefined })}
                placeholder="全部地区"
                aria-label="筛选地区"
              />
              {values.regionCode ? (
                <Checkbox checked={Boolean(values.withSubregions)} onChange={(e) => set({ withSubregions: e.target.checked || undefined })}>
                  含下级地区
                </Checkbox>
              ) : null}
            </Flex>
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              allowClear
              options={kindOptions}
              placeholder="全部期间类型"
              aria-label="期间类型"
              value={values.kind}
              onChange={(kind) => set({ kind })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              allowClear
              options={years}
              placeholder="全部年份"
              aria-label="年份"
              value={values.year}
              onChange={(year) => set({ year })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col xs={12} md={6} xl={4}>
            <Select
              allowClear
              options={sourceOptions}
              placeholder="全部来源"
              aria-label="来源"
              value={values.source}
              onChange={(source) => set({ source })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col xs={12} md={6} xl={6} style={{ display: "flex", justifyContent: "flex-end", alignItems: "flex-start" }}>
            <Button icon={<ReloadOutlined />} onClick={() => write({})} disabled={!filtered}>
              重置
            </Button>
          </Col>
        </Row>
        <Divider style={{ marginBlock: 16 }} />
        <BulletinsTable
          table={table}
          compact={compact}
          scopePath={withinPath}
          emptyText={filtered ? "没有符合条件的通报，请调整筛选条件" : "暂无通报：每月 1 日自动生成上月通报，也可点击“生成通报”"}
          onOpen={setOpened}
        />
        <CursorPager
          {...table}
          summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 份通报`}
          pageSize={paging.pageSize}
          onPageSizeChange={paging.setPageSize}
          onFirst={paging.first}
        />
      </Card>
      <GenerateBulletinModal
        open={generating}
        onClose={() => setGenerating(false)}
        onGenerated={setOpened}
        rootRegion={rootRegion}
        within={within}
        withinPath={withinPath}
        today={today}
      />
      <BulletinPreviewDrawer bulletin={opened} onClose={() => setOpened(null)} />
    </Flex>
  );
}
