import { Card, Empty, Flex, Table, Typography } from "antd";
import type { ManagerApplicationRowFragment } from "../../gql/graphql";
import { applicationColumns } from "./application-columns";
import { ApplyForManagerCard } from "./apply-for-manager-card";
import { useMyApplications } from "./use-my-applications";

const noDecisions = () => undefined;

/** 我的申请: apply, and follow one's own applications. */
export function MyApplications() {
  const mine = useMyApplications();
  return (
    <Flex vertical gap={16}>
      <ApplyForManagerCard hasPending={mine.hasPending} />
      <Card title="申请记录" size="small">
        <div data-testid="applications-mine">
          <Table<ManagerApplicationRowFragment>
            dataSource={mine.applications}
            loading={mine.loading}
            rowKey="id"
            pagination={false}
            columns={applicationColumns("mine", noDecisions)}
            size="middle"
            scroll={{ x: 1000 }}
            locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="您还没有提交过管理员申请" /> }}
          />
        </div>
        {mine.truncated ? (
          <Typography.Text type="secondary" style={{ display: "block", marginTop: 12 }}>
            仅显示最近的申请记录。
          </Typography.Text>
        ) : null}
      </Card>
    </Flex>
  );
}
