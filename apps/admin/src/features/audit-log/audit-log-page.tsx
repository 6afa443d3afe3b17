import { auditActionLabels, auditActions, type AuditAction } from "@kepu/domain";
import { Button, Card, Col, Divider, Input, Row, Select, Space, Tag } from "antd";
import dayjs from "dayjs";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { CursorPager } from "../../shared/cursor-pager";
import { DeferredRangePicker } from "../../shared/deferred-range-picker";
import { formatCount } from "../../shared/format";
import { withParams } from "../../shared/url-paging";
import { useConnectionTable } from "../../shared/use-connection-table";
import { useUrlPaging } from "../../shared/use-url-paging";
import { auditFilterFromParams, auditVariables } from "./audit-filter";
import { targetTypeLabels } from "./audit-labels";
import { AuditLogTable } from "./audit-log-table";
import { auditLogsQuery } from "./audit-log.graphql";

const actionOptions = auditActions.map((action) => ({ value: action, label: auditActionLabels[action] }));
const targetOptions = Object.entries(targetTypeLabels).map(([value, label]) => ({ value, label }));
const cell = { xs: 24, md: 12, xl: 6 } as const;

/** 审计日志 (省科协 only): every authority decision and personal-data change, newest first; filters in the URL. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const values = auditFilterFromParams(params);
  const paging = useUrlPaging();
  const table = useConnectionTable(auditLogsQuery, {
    variables: auditVariables(values),
    connection: (data) => data.auditLogs,
    pageSize: paging.pageSize,
    pager: paging,
    fetchPolicy: "cache-and-network",
  });
  const set = (changes: Record<string, string | null | undefined>) =>
    setParams((current) => withParams(current, changes), { replace: true });
  const filtered = Object.values(values).some((v) => v !== undefined);

  return (
    <>
      <PageHeader title="审计日志" subTitle="管理员审批、层级变更、实名认证与地区人口修改等操作的完整记录，仅省科协可查看。" />
      <Card style={{ marginTop: 12 }}>
        <Row gutter={[16, 12]}>
          <Col {...cell}>
            <Select<AuditAction>
              value={values.action}
              onChange={(next) => set({ action: next })}
              options={actionOptions}
              allowClear
              placeholder="全部操作"
              style={{ width: "100%" }}
              aria-label="操作类型"
            />
          </Col>
          <Col {...cell}>
            <Space.Compact style={{ display: "flex" }}>
              <Select<string>
                value={values.targetType}
                onChange={(next) => set({ targetType: next, targetId: next ? values.targetId : null })}
                options={targetOptions}
                allowClear
                placeholder="对象类型"
                style={{ width: "45%" }}
                aria-label="对象类型"
              />
              <Input.Search
                key={values.targetId ?? ""}
                defaultValue={values.targetId}
                disabled={!values.targetType}
                placeholder="对象编号"
                onSearch={(next) => set({ targetId: next.trim() || null })}
                style={{ width: "55%" }}
                aria-label="对象编号"
                allowClear
              />
            </Space.Compact>
          </Col>
          <Col {...cell}>
            <DeferredRangePicker
              value={[values.from ? dayjs(values.from) : null, values.to ? dayjs(values.to) : null]}
              onChange={(range) => set({ from: range?.[0]?.format("YYYY-MM-DD"), to: range?.[1]?.format("YYYY-MM-DD") })}
              aria-label="操作日期"
            />
          </Col>
          <Col {...cell}>
            {values.actorId ? (
              <Tag closable onClose={() => set({ actorId: null })} style={{ marginBlock: 4 }}>
                仅看所选操作人
              </Tag>
            ) : null}
            <Button onClick={() => setParams({}, { replace: true })} disabled={!filtered}>
              重置
            </Button>
          </Col>
        </Row>
        <Divider style={{ marginBlock: 16 }} />
        <AuditLogTable table={table} filtered={filtered} />
        <CursorPager
          {...table}
          summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 条记录`}
          pageSize={paging.pageSize}
          onPageSizeChange={paging.setPageSize}
          onFirst={paging.first}
        />
      </Card>
    </>
  );
}
