import { UploadOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { CONTENT_LIMITS } from "@kepu/domain";
import { Alert, Button, Checkbox, Flex, Input, Modal, Table, Typography, Upload } from "antd";
import { useState } from "react";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import type { ImportContentsMutation } from "../../gql/graphql";
import { importContentsMutation } from "./content.graphql";

type Result = ImportContentsMutation["importContents"];

const EXAMPLE = `{"externalId":"kp-20250601-01","kind":"ARTICLE","title":"夏季防溺水","body":"<p>……</p>","channel":"health","source":"KEPU_CHINA","tags":["安全"]}`;

/** 批量导入 (the province): paste or pick a JSONL/CSV file, check it (试运行), then import; rejected rows are listed with their line and reason. */
export function ImportContentsModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const [text, setText] = useState("");
  const [publish, setPublish] = useState(true);
  const [result, setResult] = useState<Result | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [run, { loading }] = useMutation(importContentsMutation, { context: handledLocally, refetchQueries: ["Contents"] });
  const send = (dryRun: boolean) => {
    setFailure(null);
    run({ variables: { input: { text, publish, dryRun } } })
      .then(({ data }) => setResult(data?.importContents ?? null))
      .catch((error: unknown) => {
        setResult(null);
        setFailure(summarizeFormError(error, []).message);
      });
  };
  const lines = text ? text.split("\n").filter((l) => l.trim()).length : 0;

  return (
    <Modal
      title="批量导入内容"
      open={open}
      onCancel={onClose}
      width={760}
      footer={
        <Flex justify="flex-end" gap={8} wrap>
          <Button onClick={onClose}>关闭</Button>
          <Button disabled={!text.trim()} loading={loading} onClick={() => send(true)}>
            试运行（只校验）
          </Button>
          <Button type="primary" disabled={!text.trim()} loading={loading} onClick={() => send(false)}>
            导入
          </Button>
        </Flex>
      }
    >
      <Typography.Paragraph type="secondary">
        每行一个 JSON 对象（JSONL），或首行为列名的 CSV；每次最多 {CONTENT_LIMITS.importRows.toLocaleString()} 行。按 externalId
        去重：已有的内容会被更新（状态不变），不会重复创建。列：externalId, kind, title, summary, body, channel, source, coverUrl, videoUrl,
        durationSeconds, tags, regionCode, publishedAt, featuredUntil。
      </Typography.Paragraph>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
        <Upload
          accept=".jsonl,.json,.csv,.txt"
          showUploadList={false}
          beforeUpload={(file) => {
            void file.text().then((t) => {
              setText(t);
              setResult(null);
            });
            return false;
          }}
        >
          <Button icon={<UploadOutlined />}>选择文件</Button>
        </Upload>
        <Checkbox checked={publish} onChange={(e) => setPublish(e.target.checked)}>
          新内容直接发布
        </Checkbox>
        <Typography.Text type="secondary">{lines ? `${lines} 行` : ""}</Typography.Text>
      </Flex>
      <Input.TextArea
        rows={8}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setResult(null);
        }}
        placeholder={EXAMPLE}
        style={{ fontFamily: "monospace" }}
        aria-label="导入文本"
      />
      {failure ? <Alert type="error" showIcon title={failure} style={{ marginTop: 12 }} /> : null}
      {result ? (
        <Flex vertical gap={8} style={{ marginTop: 12 }}>
          <Alert
            type={result.rejected.length ? "warning" : "success"}
            showIcon
            title={`${result.dryRun ? "试运行：" : ""}共 ${result.total} 行，新建 ${result.created}，更新 ${result.updated}，无变化 ${result.unchanged}，拒绝 ${result.rejected.length}`}
          />
          {result.rejected.length ? (
            <Table
              size="small"
              rowKey={(r) => `${r.line}`}
              dataSource={result.rejected}
              pagination={result.rejected.length > 10 ? { pageSize: 10 } : false}
              columns={[
                { title: "行号", dataIndex: "line", width: 72 },
                { title: "外部编号", dataIndex: "externalId", width: 160, render: (v: string | null) => v ?? "—" },
                { title: "原因", dataIndex: "reason" },
              ]}
            />
          ) : null}
        </Flex>
      ) : null}
    </Modal>
  );
}
