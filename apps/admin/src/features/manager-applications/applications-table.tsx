import { Empty, Table } from "antd";
import type { ManagerApplicationRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import type { ConnectionTable } from "../../shared/use-connection-table";
import { applicationColumns, type Decision } from "./application-columns";

export const APPLICATIONS_PAGE_SIZE = 20;

interface ApplicationsTableProps {
  kind: "pending" | "decided";
  table: ConnectionTable<ManagerApplicationRowFragment>;
  onDecide: (application: ManagerApplicationRowFragment, decision: Decision) => void;
  emptyText: string;
}

export function ApplicationsTable({ kind, table, onDecide, emptyText }: ApplicationsTableProps) {
  return (
    <div data-testid={`applications-${kind}`}>
      <Table<ManagerApplicationRowFragment>
        {...table.tableProps}
        columns={applicationColumns(kind, onDecide)}
        size="middle"
        scroll={{ x: kind === "pending" ? 1100 : 1400 }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> }}
      />
      <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 条`} />
    </div>
  );
}
