import { ArrowDownOutlined, ArrowUpOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation, useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Flex, Form, Input, Modal, Space, Switch, Table, Tag, Typography, type TableColumnsType } from "antd";
import { useState } from "react";
import { PageHeader } from "../../app/page-header";
import { useCompact } from "../../app/use-compact";
import { useMutationForm } from "../../app/use-mutation-form";
import type { ChannelRowFragment } from "../../gql/graphql";
import { ListEmpty } from "../../shared/list-empty";
import { channelsQuery, createChannelMutation, reorderChannelsMutation, updateChannelMutation } from "./content.graphql";
import { useAppMessage } from "../../app/app-message";

interface ChannelValues {
  code?: string;
  name?: string;
}

/** 新建频道 / 重命名 in one small modal: the code is fixed once created. */
function ChannelModal({ channel, open, onClose }: { channel: ChannelRowFragment | null; open: boolean; onClose: () => void }) {
  const create = useMutationForm(createChannelMutation, {
    toVariables: (v: ChannelValues) => ({ input: { code: v.code?.trim() ?? "", name: v.name?.trim() ?? "" } }),
    onCompleted: onClose,
    successMessage: (d) => `已新建频道“${d.createChannel.name}”`,
    refetchQueries: ["ChannelsAll"],
  });
  const rename = useMutationForm(updateChannelMutation, {
    toVariables: (v: ChannelValues) => (channel ? { code: channel.code, input: { name: v.name?.trim() ?? "" } } : null),
    onCompleted: onClose,
    successMessage: "已保存",
  });
  const { formProps, submitting, failure, submit, reset } = channel ? rename : create;
  return (
    <Modal
      title={channel ? "重命名频道" : "新建频道"}
      open={open}
      onOk={submit}
      onCancel={onClose}
      confirmLoading={submitting}
      afterClose={reset}
      destroyOnHidden
    >
      <Form<ChannelValues> {...formProps} name="channel" initialValues={channel ? { code: channel.code, name: channel.name } : {}}>
        <Form.Item
          name="code"
          label="频道代码"
          extra="小写字母、数字或连字符，以字母开头；创建后不能修改"
          rules={[{ required: true, message: "请填写频道代码" }]}
        >
          <Input disabled={!!channel} maxLength={32} placeholder="例如 ai" />
        </Form.Item>
        <Form.Item name="name" label="频道名称" rules={[{ required: true, whitespace: true, message: "请填写频道名称" }]}>
          <Input maxLength={16} showCount placeholder="例如 人工智能" />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}

/** 频道管理 (the province): the order volunteers see channels in, which are enabled, and new ones. */
export function ChannelsPage() {
  const { message } = useAppMessage();
  const compact = useCompact();
  const { data, loading } = useQuery(channelsQuery, { fetchPolicy: "cache-and-network" });
  const rows = data?.channels ?? [];
  const [reorder, { loading: moving }] = useMutation(reorderChannelsMutation, { refetchQueries: ["ChannelsAll"] });
  const [update] = useMutation(updateChannelMutation);
  const [editing, setEditing] = useState<ChannelRowFragment | null>(null);
  const [open, setOpen] = useState(false);

  const move = (index: number, by: -1 | 1) => {
    const codes = rows.map((c) => c.code);
    [codes[index], codes[index + by]] = [codes[index + by], codes[index]];
    reorder({ variables: { codes } }).catch(() => undefined);
  };
  const toggle = (c: ChannelRowFragment, enabled: boolean) =>
    update({ variables: { code: c.code, input: { enabled } } })
      .then(() => void message.success(`${enabled ? "已启用" : "已停用"}“${c.name}”`))
      .catch(() => undefined);

  const columns: TableColumnsType<ChannelRowFragment> = [
    {
      title: "顺序",
      key: "order",
      width: 96,
      render: (_: unknown, c, i) => (
        <Space size={0}>
          <Button
            type="text"
            size="small"
            icon={<ArrowUpOutlined />}
            disabled={i === 0 || moving}
            onClick={() => move(i, -1)}
            aria-label={`上移 ${c.name}`}
          />
          <Button
            type="text"
            size="small"
            icon={<ArrowDownOutlined />}
            disabled={i === rows.length - 1 || moving}
            onClick={() => move(i, 1)}
            aria-label={`下移 ${c.name}`}
          />
        </Space>
      ),
    },
    {
      title: "频道",
      key: "name",
      render: (_: unknown, c) => (
        <Flex gap={6} align="center" wrap>
          <Typography.Text strong>{c.name}</Typography.Text>
          <Typography.Text type="secondary" code>
            {c.code}
          </Typography.Text>
          {c.builtIn ? <Tag>内置</Tag> : null}
        </Flex>
      ),
    },
    {
      title: "启用",
      key: "enabled",
      width: 72,
      render: (_: unknown, c) => <Switch checked={c.enabled} onChange={(on) => void toggle(c, on)} aria-label={`启用 ${c.name}`} />,
    },
    {
      title: "操作",
      key: "actions",
      width: 80,
      render: (_: unknown, c) => (
        <Button
          type="link"
          size="small"
          onClick={() => {
            setEditing(c);
            setOpen(true);
          }}
        >
          重命名
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="频道管理"
        subTitle="科普员在应用中按此顺序看到已启用的频道；停用的频道不再出现在频道列表中。"
        extra={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => {
              setEditing(null);
              setOpen(true);
            }}
          >
            新建频道
          </Button>
        }
      />
      <Card styles={{ body: compact ? { padding: 12 } : undefined }}>
        <Table<ChannelRowFragment>
          rowKey="code"
          dataSource={rows}
          columns={columns}
          loading={loading && rows.length > 0}
          pagination={false}
          size="middle"
          locale={{ emptyText: <ListEmpty pending={loading} text="暂无频道" /> }}
        />
      </Card>
      <ChannelModal channel={editing} open={open} onClose={() => setOpen(false)} />
    </Flex>
  );
}
