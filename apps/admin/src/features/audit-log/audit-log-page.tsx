import { auditActionLabels, auditActions, isAuditAction, type AuditAction } from "@kepu/domain";
import { Card, Divider, Flex, Select, Typography } from "antd";
import { useSearchParams } from "react-router";
import { PageHeader } from "../../app/page-header";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { useConnectionTable } from "../../shared/use-connection-table";
import { AuditLogTable } from "./audit-log-table";
import { auditLogsQuery } from "./audit-log.graphql";

const PAGE_SIZE = 20;

const actionOptions = auditActions.map((action) => ({ value: action, label: auditActionLabels[action] }));

/** 审计日志 (省科协 only): every authority decision and personal-data change, newest first. */
export function AuditLogPage() {
  const [params, setParams] = useSearchParams();
  const requested = params.get("action");
  const action = requested && isAuditAction(requested) ? requested : undefined;
  // Newest first; a new action filter restarts at page 1.
  const table = useConnectionTable(auditLogsQuery, {
    variables: { action: action ?? null },
    connection: (data) => data.auditLogs,
    pageSize: PAGE_SIZE,
    fetchPolicy: "cache-and-network",
  });

  return (
    <Flex vertical gap={12}>
      <PageHeader title="审计日志" subTitle="管理员审批、层级变更、实名认证与地区人口修改等操作的完整记录，仅省科协可查看。" />
      <Card>
        <Flex align="center" gap={8}>
          <Typography.Text>操作类型</Typography.Text>
          <Select<AuditAction>
            value={action}
            onChange={(next) => setParams(next ? { action: next } : {}, { replace: true })}
            options={actionOptions}
            allowClear
            placeholder="全部操作"
            style={{ width: 200 }}
            aria-label="操作类型"
          />
        </Flex>
        <Divider style={{ marginBlock: 16 }} />
        <AuditLogTable table={table} filtered={action !== undefined} />
        <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 条记录`} />
      </Card>
    </Flex>
  );
}
