import { useQuery } from "@apollo/client/react";
import type { TableProps } from "antd";
import type { AuditLogsQuery } from "../../gql/graphql";
import { useConnectionPage, type ConnectionPage } from "../../shared/use-connection-page";
import { useCursorPagination } from "../../shared/use-cursor-pagination";
import { auditLogsQuery } from "./audit-log.graphql";

export const AUDIT_PAGE_SIZE = 20;

export type AuditLogEntryRow = AuditLogsQuery["auditLogs"]["edges"][number]["node"];

export interface AuditLogTable extends Omit<ConnectionPage<AuditLogEntryRow>, "rows"> {
  tableProps: Pick<TableProps<AuditLogEntryRow>, "dataSource" | "loading" | "rowKey" | "pagination">;
}

/** One page of `auditLogs(action)`, newest first; a new action filter restarts at page 1. */
export function useAuditLogTable(action: string | undefined): AuditLogTable {
  const pager = useCursorPagination(action ?? "");
  const { data, previousData, loading } = useQuery(auditLogsQuery, {
    variables: { action: action ?? null, first: AUDIT_PAGE_SIZE, after: pager.after },
    fetchPolicy: "cache-and-network",
  });
  const { rows, ...page } = useConnectionPage(pager, (data ?? previousData)?.auditLogs, loading, AUDIT_PAGE_SIZE);
  return { ...page, tableProps: { dataSource: rows, loading, rowKey: "id", pagination: false } };
}
