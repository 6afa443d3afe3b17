import { ImportOutlined, PlusOutlined, ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { contentKindLabels, contentSourceLabels, contentStatusLabels, scopeCovers, type RegionScope } from "@kepu/domain";
import { Button, Card, Col, Divider, Flex, Input, Row, Select } from "antd";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import type { ContentRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { useConnectionTable } from "../../shared/use-connection-table";
import { withParams } from "../../shared/url-paging";
import { useDebouncedValue } from "../../shared/use-debounced-value";
import { useUrlPaging } from "../../shared/use-url-paging";
import { RegionPicker } from "../../shared/region-picker";
import {
  contentFilterFromParams,
  contentFilterToParams,
  defaultContentFilter,
  toContentFilter,
  type ContentFilterValues,
} from "./content-filter";
import { channelsQuery, contentsQuery, publishContentMutation, unpublishContentMutation } from "./content.graphql";
import { ContentsTable } from "./contents-table";
import { useAppMessage } from "../../app/app-message";

// Neither the editor nor the importer is part of the list's first screen.
const ContentEditorDrawer = lazy(() => import("./content-editor-drawer").then((m) => ({ default: m.ContentEditorDrawer })));
const ImportContentsModal = lazy(() => import("./import-contents-modal").then((m) => ({ default: m.ImportContentsModal })));

const options = <T extends string>(labels: Record<T, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value: value as T, label: label as string }));
const cell = { xs: 24, md: 12, xl: 8 } as const;

/**
 * 内容管理: every item the viewer may see (drafts and unpublished ones of their region), filtered
 * and paged in the URL, with its counts; edit, publish and unpublish; the province imports feeds.
 */
export function ContentsPage() {
  const viewer = useViewer();
  const province = viewer.tier === "PROVINCE_ADMIN";
  const scope: RegionScope = province
    ? { kind: "all" }
    : viewer.managedRegion
      ? { kind: "subtree", code: viewer.managedRegion.code }
      : { kind: "none" };
  const { message } = useAppMessage();
  const compact = useCompact();
  const navigate = useNavigate();
  const { search } = useLocation();
  const { id } = useParams<{ id?: string }>();
  const [params, setParams] = useSearchParams();
  const key = params.toString();
  const values = useMemo(() => contentFilterFromParams(new URLSearchParams(key)), [key]);
  const filter = useMemo(() => toContentFilter(values), [values]);
  const write = (next: ContentFilterValues) => setParams((current) => withParams(current, contentFilterToParams(next)), { replace: true });
  const [typed, setTyped] = useState(values.search ?? "");
  const debounced = useDebouncedValue(typed, 300);
  useEffect(() => {
    if ((debounced.trim() || undefined) !== values.search) write({ ...values, search: debounced });
  }, [debounced]); // `values` is read when the pause ends
  useEffect(() => setTyped(values.search ?? ""), [values.search]);

  const paging = useUrlPaging();
  const table = useConnectionTable(contentsQuery, {
    variables: { filter },
    connection: (data) => data.contents,
    pageSize: paging.pageSize,
    pager: paging,
    fetchPolicy: "cache-and-network",
  });
  const { data: channels } = useQuery(channelsQuery, { fetchPolicy: "cache-first" });
  const channelOptions = (channels?.channels ?? []).map((c) => ({ value: c.code, label: c.enabled ? c.name : `${c.name}（已停用）` }));

  const [busy, setBusy] = useState<string[]>([]);
  const [publish] = useMutation(publishContentMutation, { refetchQueries: ["Contents"] });
  const [unpublish] = useMutation(unpublishContentMutation, { refetchQueries: ["Contents"] });
  const run = (c: ContentRowFragment, op: (id: string) => Promise<unknown>, done: string) => {
    setBusy((b) => [...b, c.id]);
    op(c.id)
      .then(() => void message.success(`${done}“${c.title}”`))
      .catch(() => undefined) // the client's error link says what went wrong
      .finally(() => setBusy((b) => b.filter((x) => x !== c.id)));
  };
  const [importOpen, setImportOpen] = useState(false);

  const changed = JSON.stringify(values) !== JSON.stringify(defaultContentFilter);
  const total = table.totalCount;
  const editorPath = (target: string) => `/content/items/${encodeURIComponent(target)}${search}`;

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="内容管理"
        subTitle={
          province
            ? "全省的资讯与视频：编辑、发布、下架与批量导入。"
            : `本辖区（${viewer.managedRegion?.path ?? ""}）的地方原创内容，以及全省已发布的内容。`
        }
        extra={
          <Flex gap={8} wrap>
            {province ? (
              <Button icon={<ImportOutlined />} onClick={() => setImportOpen(true)}>
                批量导入
              </Button>
            ) : null}
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate(editorPath("new"))}>
              新建内容
            </Button>
          </Flex>
        }
      />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Row gutter={[16, 12]}>
          <Col {...cell}>
            <Input
              allowClear
              prefix={<SearchOutlined />}
              placeholder="标题 / 摘要"
              aria-label="搜索内容"
              value={typed}
              onChange={(e) => setTyped(e.target.value)}
            />
          </Col>
          <Col {...cell}>
            <Select
              options={[{ value: "ALL", label: "全部状态" }, ...options(contentStatusLabels)]}
              aria-label="状态"
              value={values.status}
              onChange={(status) => write({ ...values, status })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col {...cell}>
            <Select
              options={channelOptions}
              allowClear
              placeholder="全部频道"
              aria-label="频道"
              value={values.channel}
              onChange={(channel) => write({ ...values, channel })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col {...cell}>
            <Select
              options={options(contentKindLabels)}
              allowClear
              placeholder="全部类型"
              aria-label="类型"
              value={values.kind}
              onChange={(kind) => write({ ...values, kind })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col {...cell}>
            <Select
              options={options(contentSourceLabels)}
              allowClear
              placeholder="全部来源"
              aria-label="来源"
              value={values.source}
              onChange={(source) => write({ ...values, source })}
              style={{ width: "100%" }}
            />
          </Col>
          <Col {...cell}>
            <Flex gap={8}>
              <div style={{ flex: 1, minWidth: 0 }}>
                <RegionPicker
                  within={province ? null : (viewer.managedRegion?.code ?? null)}
                  withinPath={province ? null : (viewer.managedRegion?.path ?? null)}
                  value={values.regionCode}
                  onChange={(regionCode) => write({ ...values, regionCode })}
                  placeholder="所属地区（地方原创）"
                />
              </div>
              <Button
                icon={<ReloadOutlined />}
                disabled={!changed}
                aria-label="重置筛选"
                onClick={() => {
                  setTyped("");
                  write(defaultContentFilter);
                }}
              />
            </Flex>
          </Col>
        </Row>
        <Divider style={{ marginBlock: 16 }} />
        <ContentsTable
          table={table}
          compact={compact}
          emptyText={changed ? "没有符合条件的内容，请调整筛选条件" : "暂无内容，点击“新建内容”开始"}
          actions={{
            busy,
            canManage: (c) => province || (c.source === "LOCAL" && scopeCovers(scope, c.region?.code)),
            onEdit: (c) => void navigate(editorPath(c.id)),
            onPublish: (c) => run(c, (id) => publish({ variables: { id } }), "已发布"),
            onUnpublish: (c) => run(c, (id) => unpublish({ variables: { id } }), "已下架"),
          }}
        />
        <CursorPager
          {...table}
          summary={total === undefined ? undefined : `共 ${formatCount(total)} 条内容`}
          pageSize={paging.pageSize}
          onPageSizeChange={paging.setPageSize}
          onFirst={paging.first}
        />
      </Card>
      <Suspense fallback={null}>
        {id ? <ContentEditorDrawer id={id === "new" ? null : id} onClose={() => void navigate(`/content/items${search}`)} /> : null}
        {importOpen ? <ImportContentsModal open={importOpen} onClose={() => setImportOpen(false)} /> : null}
      </Suspense>
    </Flex>
  );
}
