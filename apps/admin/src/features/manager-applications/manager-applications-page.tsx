import { Badge, Card, Flex, Tabs } from "antd";
import { useState } from "react";
import { useSearchParams } from "react-router";
import { hasTier } from "../../app/access";
import { PageHeader } from "../../app/page-header";
import { useViewer } from "../../app/viewer-context";
import type { ManagerApplicationRowFragment } from "../../gql/graphql";
import { useConnectionTable } from "../../shared/use-connection-table";
import type { Decision } from "./application-columns";
import { ApplicationsTable } from "./applications-table";
import { DecidedApplications } from "./decided-applications";
import { DecideApplicationModal } from "./decide-application-modal";
import { MyApplications } from "./my-applications";
import { DECIDER_TIER, reviewScopeText } from "./reviewer-tier";
import { APPLICATIONS_PAGE_SIZE } from "./applications-table";
import { managerApplicationsQuery } from "./manager-applications.graphql";

type TabKey = "pending" | "decided" | "mine";

function isTabKey(value: string | null): value is TabKey {
  return value === "pending" || value === "decided" || value === "mine";
}

/**
 * 管理员审批: the review queue of applications the viewer may decide, what has been decided, and
 * the viewer's own applications (not for the province, which has no higher tier to apply for).
 * Individuals have nothing to review: for them the page is just their own applications.
 */
export function ManagerApplicationsPage() {
  const viewer = useViewer();
  const reviewer = hasTier(viewer.tier, DECIDER_TIER);
  const canApply = viewer.tier !== "PROVINCE_ADMIN";
  const [params, setParams] = useSearchParams();
  const requested = params.get("tab");
  const tab: TabKey = isTabKey(requested) && (canApply || requested !== "mine") ? requested : "pending";

  // Only what the viewer may decide now; not queried for individuals, who have no review tab.
  const pending = useConnectionTable(managerApplicationsQuery, {
    variables: { status: "PENDING", decidable: true },
    connection: (data) => data.managerApplications,
    pageSize: APPLICATIONS_PAGE_SIZE,
    skip: !reviewer,
    fetchPolicy: "cache-and-network",
  });
  const [deciding, setDeciding] = useState<{ application: ManagerApplicationRowFragment; decision: Decision } | null>(null);
  const [decideOpen, setDecideOpen] = useState(false);
  const onDecide = (application: ManagerApplicationRowFragment, decision: Decision) => {
    setDeciding({ application, decision });
    setDecideOpen(true);
  };

  if (!reviewer) {
    return (
      <Flex vertical gap={12}>
        <PageHeader title="管理员申请" subTitle={reviewScopeText(viewer.tier)} />
        <MyApplications />
      </Flex>
    );
  }

  const items = [
    {
      key: "pending",
      label: (
        <Flex align="center" gap={6}>
          待审批
          <Badge count={pending.totalCount ?? 0} size="small" />
        </Flex>
      ),
      children: <ApplicationsTable kind="pending" table={pending} onDecide={onDecide} emptyText="暂无待您审批的申请" />,
    },
    { key: "decided", label: "已处理", children: <DecidedApplications /> },
    ...(canApply ? [{ key: "mine", label: "我的申请", children: <MyApplications /> }] : []),
  ];

  return (
    <Flex vertical gap={12}>
      <PageHeader title="管理员审批" subTitle={reviewScopeText(viewer.tier)} />
      <Card styles={{ body: { paddingTop: 4 } }}>
        <Tabs
          activeKey={tab}
          onChange={(key) => setParams(key === "pending" ? {} : { tab: key }, { replace: true })}
          items={items}
          destroyOnHidden
        />
      </Card>
      <DecideApplicationModal target={deciding} open={decideOpen} onClose={() => setDecideOpen(false)} />
    </Flex>
  );
}
