import { EyeInvisibleOutlined, EyeOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { SOCIETY_HIDE_REASON_MAX } from "@kepu/domain";
import { Alert, Button, Flex, List, Tag, Typography } from "antd";
import { useState } from "react";
import type { SocietyPostRowFragment } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatDateTime } from "../../shared/format-time";
import { ListEmpty } from "../../shared/list-empty";
import { useConnectionTable } from "../../shared/use-connection-table";
import { ReasonModal } from "./reason-modal";
import { hideSocietyPostMutation, societyPostsQuery, unhideSocietyPostMutation } from "./societies.graphql";
import { useAppMessage } from "../../app/app-message";

function PostItem({ post, onHide }: { post: SocietyPostRowFragment; onHide: (post: SocietyPostRowFragment) => void }) {
  const { message } = useAppMessage();
  const [unhide, { loading }] = useMutation(unhideSocietyPostMutation, { refetchQueries: ["SocietyPosts"] });
  return (
    <List.Item
      data-testid="society-post"
      actions={
        post.canModerate
          ? [
              post.hidden ? (
                <Button
                  key="unhide"
                  size="small"
                  icon={<EyeOutlined />}
                  loading={loading}
                  onClick={() => void unhide({ variables: { id: post.id } }).then(() => message.success("已恢复该动态"))}
                >
                  恢复
                </Button>
              ) : (
                <Button key="hide" size="small" danger icon={<EyeInvisibleOutlined />} onClick={() => onHide(post)}>
                  屏蔽
                </Button>
              ),
            ]
          : []
      }
    >
      <Flex vertical gap={6} style={{ minWidth: 0, width: "100%" }}>
        <Flex gap={8} align="center" wrap>
          <Typography.Text strong>{post.authorNickname}</Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {formatDateTime(post.createdAt)}
          </Typography.Text>
          {post.hidden ? <Tag color="red">已屏蔽</Tag> : null}
        </Flex>
        {post.text ? <Typography.Text className="society-post">{post.text}</Typography.Text> : null}
        {post.imageUrls.length ? (
          <div className="society-post__images">
            {post.imageUrls.map((url) => (
              <a key={url} href={url} target="_blank" rel="noopener noreferrer nofollow">
                <img src={url} alt="动态图片" loading="lazy" referrerPolicy="no-referrer" />
              </a>
            ))}
          </div>
        ) : null}
        {post.hidden && post.hideReason ? <Alert type="warning" showIcon title={`屏蔽理由：${post.hideReason}`} /> : null}
      </Flex>
    </List.Item>
  );
}

/** 动态: the society's feed, newest first; moderators (the server says who) hide and restore posts. */
export function SocietyPosts({ societyId }: { societyId: string }) {
  const [hiding, setHiding] = useState<SocietyPostRowFragment | null>(null);
  const table = useConnectionTable(societyPostsQuery, {
    variables: { id: societyId },
    connection: (data) => data.society.posts,
    pageSize: 20,
    fetchPolicy: "cache-and-network",
  });
  return (
    <Flex vertical gap={12}>
      <List<SocietyPostRowFragment>
        dataSource={table.rows}
        loading={Boolean(table.tableProps.loading) && !table.pending}
        locale={{ emptyText: <ListEmpty pending={table.pending} text="暂无动态" /> }}
        renderItem={(post) => <PostItem post={post} onHide={setHiding} />}
      />
      <CursorPager {...table} summary={table.totalCount === undefined ? undefined : `共 ${table.totalCount} 条`} />
      <ReasonModal
        title="屏蔽动态"
        okText="确认屏蔽"
        intro={`屏蔽后，“${hiding?.authorNickname ?? ""}”的这条动态仅社长、社团管理员和管辖该地区的管理员可见。`}
        label="屏蔽理由"
        placeholder="例如：含广告或不实信息"
        max={SOCIETY_HIDE_REASON_MAX}
        open={hiding !== null}
        onClose={() => setHiding(null)}
        mutation={hideSocietyPostMutation}
        id={hiding?.id ?? ""}
        successMessage="已屏蔽该动态"
        refetchQueries={["SocietyPosts"]}
      />
    </Flex>
  );
}
