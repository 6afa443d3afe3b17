import { useMutation } from "@apollo/client/react";
import { notificationKindLabels, type NotificationKind } from "@kepu/domain";
import { Badge, Button, Card, Flex, List, Segmented, Space, Tag, Typography } from "antd";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "../../app/page-header";
import type { NotificationsQuery } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatCount } from "../../shared/format";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { useConnectionTable } from "../../shared/use-connection-table";
import { notificationLink } from "./notification-link";
import { markNotificationsReadMutation, notificationsQuery, unreadNotificationCountQuery } from "./notifications.graphql";
import { useAppMessage } from "../../app/app-message";

type Note = NotificationsQuery["notifications"]["edges"][number]["node"];

/** 我的通知: newest first; opening one marks it read, 全部标为已读 marks the rest. */
export function NotificationsPage() {
  const { message } = useAppMessage();
  const [unreadOnly, setUnreadOnly] = useState(false);
  const table = useConnectionTable(notificationsQuery, {
    variables: { unreadOnly },
    connection: (data) => data.notifications,
    pageSize: 20,
    fetchPolicy: "cache-and-network",
  });
  const [mark, { loading }] = useMutation(markNotificationsReadMutation, {
    refetchQueries: [notificationsQuery, unreadNotificationCountQuery],
  });
  const markRead = async (ids?: string[]) => {
    const { data } = await mark({ variables: { ids: ids ?? null } });
    if (!ids) message.success(data?.markNotificationsRead ? `已将 ${data.markNotificationsRead} 条通知标为已读` : "没有未读通知");
  };

  const item = (n: Note) => {
    const to = notificationLink(n);
    const title = (
      <Space size={8}>
        {n.read ? null : <Badge status="processing" aria-label="未读" />}
        <Typography.Text strong={!n.read}>{n.title}</Typography.Text>
        <Tag>{notificationKindLabels[n.kind as NotificationKind] ?? n.kind}</Tag>
      </Space>
    );
    return (
      <List.Item
        key={n.id}
        actions={[
          n.read ? null : (
            <Button key="read" type="link" size="small" onClick={() => void markRead([n.id])}>
              标为已读
            </Button>
          ),
        ].filter(Boolean)}
      >
        <List.Item.Meta
          title={
            to ? (
              <Link to={to} onClick={() => void (n.read ? null : markRead([n.id]))}>
                {title}
              </Link>
            ) : (
              title
            )
          }
          description={
            <>
              <div>{n.text}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {formatDateTime(n.createdAt)}
              </Typography.Text>
            </>
          }
        />
      </List.Item>
    );
  };

  return (
    <>
      <PageHeader
        title="我的通知"
        subTitle="评论被回复、评论被点赞、管理员申请的审批结果。"
        extra={
          <Button onClick={() => void markRead()} loading={loading}>
            全部标为已读
          </Button>
        }
      />
      <Card style={{ marginTop: 12 }}>
        <Flex justify="space-between" align="center" wrap gap={8}>
          <Segmented<string>
            value={unreadOnly ? "unread" : "all"}
            onChange={(v) => setUnreadOnly(v === "unread")}
            options={[
              { value: "all", label: "全部" },
              { value: "unread", label: "未读" },
            ]}
            aria-label="显示范围"
          />
        </Flex>
        <List<Note>
          dataSource={table.rows}
          loading={table.tableProps.loading}
          renderItem={item}
          locale={{ emptyText: <ListEmpty pending={table.pending} text={unreadOnly ? "没有未读通知" : "还没有通知"} /> }}
        />
        <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${formatCount(table.totalCount)} 条通知`} />
      </Card>
    </>
  );
}
