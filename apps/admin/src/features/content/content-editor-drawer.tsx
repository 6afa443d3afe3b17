import { skipToken, useQuery } from "@apollo/client/react";
import { CONTENT_LIMITS, contentKindLabels, contentSourceLabels, sanitizeHtml } from "@kepu/domain";
import {
  Alert,
  Button,
  Col,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Row,
  Segmented,
  Select,
  Skeleton,
  Typography,
} from "antd";
import { useEffect, useState } from "react";
import { useMutationForm } from "../../app/use-mutation-form";
import { useCompact } from "../../app/use-compact";
import { useViewer } from "../../app/viewer-context";
import { RegionPicker } from "../../shared/region-picker";
import { newContentValues, toContentInput, valuesOfContent, type ContentFormValues } from "./content-form";
import { channelsQuery, contentDetailQuery, createContentMutation, updateContentMutation } from "./content.graphql";
import { ContentStatusTag } from "./content-tags";

const half = { xs: 24, sm: 12 } as const;
const options = <T extends string>(labels: Record<T, string>) =>
  Object.entries(labels).map(([value, label]) => ({ value: value as T, label: label as string }));

/** The body as volunteers will see it: the same allow-list the server applies (@kepu/domain sanitizeHtml), so the preview never runs a script. */
function BodyPreview({ values }: { values: ContentFormValues }) {
  const html = sanitizeHtml(values.body ?? "");
  return (
    <div
      className="content-preview"
      style={{ border: "1px solid rgba(5,5,5,0.06)", borderRadius: 8, padding: 16, maxWidth: 390, minHeight: 200 }}
    >
      {values.coverUrl ? <img src={values.coverUrl} alt="" style={{ width: "100%", borderRadius: 6, marginBottom: 12 }} /> : null}
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {values.title || "（未填写标题）"}
      </Typography.Title>
      {values.summary ? <Typography.Paragraph type="secondary">{values.summary}</Typography.Paragraph> : null}
      {values.kind === "VIDEO" && values.videoUrl ? (
        <video src={values.videoUrl} controls style={{ width: "100%", marginBottom: 12 }} aria-label="视频预览" />
      ) : null}
      <div dangerouslySetInnerHTML={{ __html: html }} style={{ lineHeight: 1.8, wordBreak: "break-word" }} />
    </div>
  );
}

interface ContentEditorDrawerProps {
  /** null: a new item */
  id: string | null;
  onClose: () => void;
}

/** 新建内容 / 编辑内容, with a phone-width preview of the sanitized body. Saving keeps the status; publishing is the list's. */
export function ContentEditorDrawer({ id, onClose }: ContentEditorDrawerProps) {
  const viewer = useViewer();
  const compact = useCompact();
  const province = viewer.tier === "PROVINCE_ADMIN";
  const [mode, setMode] = useState<"edit" | "preview">("edit");
  const { data, loading, error } = useQuery(contentDetailQuery, id ? { variables: { id }, fetchPolicy: "network-only" } : skipToken);
  const { data: channels } = useQuery(channelsQuery, { fetchPolicy: "cache-first" });
  const create = useMutationForm(createContentMutation, {
    toVariables: (values: ContentFormValues) => ({ input: toContentInput(values) }),
    onCompleted: onClose,
    successMessage: (d) => `已保存草稿“${d.createContent.title}”，可在列表中发布`,
    refetchQueries: ["Contents"],
  });
  const update = useMutationForm(updateContentMutation, {
    toVariables: (values: ContentFormValues) => (id ? { id, input: toContentInput(values) } : null),
    onCompleted: onClose,
    successMessage: (d) => `已保存“${d.updateContent.title}”`,
    refetchQueries: ["Contents"],
  });
  const { form, formProps, submitting, failure, submit } = id ? update : create;
  const initial = data?.content ? valuesOfContent(data.content) : newContentValues(province, viewer.managedRegion?.code ?? null);
  useEffect(() => {
    form.setFieldsValue(initial);
  }, [data, form]); // `initial` follows `data`
  const values = (Form.useWatch([], form) as ContentFormValues | undefined) ?? initial;
  const channelOptions = (channels?.channels ?? []).map((c) => ({ value: c.code, label: c.enabled ? c.name : `${c.name}（已停用）` }));

  return (
    <Drawer
      title={
        <Flex gap={8} align="center">
          {id ? "编辑内容" : "新建内容"}
          {data?.content ? <ContentStatusTag status={data.content.status} /> : null}
        </Flex>
      }
      open
      onClose={onClose}
      width={compact ? "100%" : 760}
      destroyOnHidden
      extra={
        <Segmented
          value={mode}
          onChange={(v) => setMode(v as "edit" | "preview")}
          options={[
            { value: "edit", label: "编辑" },
            { value: "preview", label: "预览" },
          ]}
        />
      }
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>取消</Button>
          <Button type="primary" loading={submitting} onClick={submit} disabled={loading || !!error}>
            保存
          </Button>
        </Flex>
      }
    >
      {error ? <Alert type="error" showIcon title="内容不存在或无权编辑" /> : null}
      {loading ? <Skeleton active paragraph={{ rows: 10 }} /> : null}
      {mode === "preview" ? <BodyPreview values={values} /> : null}
      <Form<ContentFormValues> {...formProps} name="content" initialValues={initial} hidden={loading || mode === "preview" || !!error}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item name="kind" label="类型" rules={[{ required: true }]}>
              <Radio.Group options={options(contentKindLabels)} optionType="button" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="source"
              label="来源"
              rules={[{ required: true }]}
              extra={province ? undefined : "管理员只能发布本辖区的地方原创内容"}
            >
              <Select options={options(contentSourceLabels)} disabled={!province} aria-label="来源" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="title" label="标题" rules={[{ required: true, whitespace: true, message: "请填写标题" }]}>
              <Input maxLength={CONTENT_LIMITS.title} showCount />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="channel" label="频道" rules={[{ required: true, message: "请选择频道" }]}>
              <Select options={channelOptions} aria-label="频道" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="regionCode" label="所属地区" extra="地方原创内容必填">
              <RegionPicker
                within={province ? null : (viewer.managedRegion?.code ?? null)}
                withinPath={province ? null : (viewer.managedRegion?.path ?? null)}
                placeholder="全省（不限地区）"
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="summary" label="摘要">
              <Input.TextArea rows={2} maxLength={CONTENT_LIMITS.summary} showCount />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item
              name="body"
              label="正文（HTML）"
              extra="支持段落、标题（h2–h4）、加粗、列表、引用、链接与图片；脚本、样式和其他标签保存时会被去除。点右上角“预览”查看效果。"
              rules={values.kind === "ARTICLE" ? [{ required: true, whitespace: true, message: "资讯须填写正文" }] : []}
            >
              <Input.TextArea rows={12} style={{ fontFamily: "monospace" }} placeholder="<p>正文……</p>" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="coverUrl" label="封面图片地址">
              <Input placeholder="https://" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="tags" label="标签" extra={`最多 ${CONTENT_LIMITS.tags} 个，回车添加`}>
              <Select mode="tags" maxCount={CONTENT_LIMITS.tags} open={false} aria-label="标签" />
            </Form.Item>
          </Col>
          {values.kind === "VIDEO" ? (
            <>
              <Col {...half}>
                <Form.Item name="videoUrl" label="视频地址" rules={[{ required: true, whitespace: true, message: "视频须填写视频地址" }]}>
                  <Input placeholder="https://" />
                </Form.Item>
              </Col>
              <Col {...half}>
                <Form.Item name="durationSeconds" label="时长（秒）">
                  <InputNumber min={0} max={CONTENT_LIMITS.durationSeconds} precision={0} style={{ width: "100%" }} />
                </Form.Item>
              </Col>
            </>
          ) : null}
          <Col {...half}>
            <Form.Item name="featuredUntil" label="推荐至" extra="此前在首页推荐">
              <DatePicker showTime style={{ width: "100%" }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="externalId" label="外部编号" extra="导入时按此去重，可不填">
              <Input maxLength={CONTENT_LIMITS.externalId} />
            </Form.Item>
          </Col>
        </Row>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Drawer>
  );
}
