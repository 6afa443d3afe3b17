import { Table } from "antd";
import { useCompact } from "../../app/use-compact";
import type { ManagerApplicationRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { ListEmpty } from "../../shared/list-empty";
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
  const compact = useCompact();
  // Pinned columns leave no room on a phone: there the whole table scrolls inside its card.
  const columns = applicationColumns(kind, onDecide).map((column) => (compact ? { ...column, fixed: undefined } : column));
  return (
    <div data-testid={`applications-${kind}`}>
      <Table<ManagerApplicationRowFragment>
        {...table.tableProps}
        columns={columns}
        size="middle"
        scroll={{ x: 1100 }}
        locale={{ emptyText: <ListEmpty pending={table.pending} text={emptyText} /> }}
      />
      <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 条`} />
    </div>
  );
}
