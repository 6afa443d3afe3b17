import { applicationStatusLabels } from "@kepu/domain";
import { Flex, Segmented } from "antd";
import { useState } from "react";
import { useConnectionTable } from "../../shared/use-connection-table";
import { APPLICATIONS_PAGE_SIZE, ApplicationsTable } from "./applications-table";
import { managerApplicationsQuery } from "./manager-applications.graphql";

type DecidedStatus = "APPROVED" | "REJECTED";

const statusOptions = (["APPROVED", "REJECTED"] as const).map((value) => ({ value, label: applicationStatusLabels[value] }));

const noDecisions = () => undefined;

/** 已处理: decided applications in the viewer's scope (and their own), one status at a time. */
export function DecidedApplications() {
  const [status, setStatus] = useState<DecidedStatus>("APPROVED");
  const table = useConnectionTable(managerApplicationsQuery, {
    variables: { status, decidable: null },
    connection: (data) => data.managerApplications,
    pageSize: APPLICATIONS_PAGE_SIZE,
    fetchPolicy: "cache-and-network",
  });
  return (
    <Flex vertical gap={12}>
      <Segmented<DecidedStatus> options={statusOptions} value={status} onChange={setStatus} style={{ alignSelf: "flex-start" }} />
      <ApplicationsTable
        kind="decided"
        table={table}
        onDecide={noDecisions}
        emptyText={status === "APPROVED" ? "暂无已通过的申请" : "暂无已驳回的申请"}
      />
    </Flex>
  );
}
