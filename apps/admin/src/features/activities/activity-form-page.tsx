import { ACTIVITY_DESCRIPTION_MAX, ACTIVITY_IMAGES_MAX, ACTIVITY_PLACE_MAX, ACTIVITY_TITLE_MAX, type ActivityKind } from "@kepu/domain";
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Radio, Row, Select, Space } from "antd";
import type { Dayjs } from "dayjs";
import { useNavigate } from "react-router";
import { PageHeader } from "../../app/page-header";
import { useMutationForm } from "../../app/use-mutation-form";
import { useViewer } from "../../app/viewer-context";
import { RegionPicker } from "../../shared/region-picker";
import { submitActivityMutation } from "./activities.graphql";
import { activityPath } from "./activity-path";

interface ActivityFormValues {
  kind: ActivityKind;
  regionCode?: string;
  organiser?: string;
  title?: string;
  description?: string;
  startsAt?: Dayjs | null;
  endsAt?: Dayjs | null;
  place?: string;
  capacity?: number | null;
  signUpDeadline?: Dayjs | null;
  coverUrl?: string;
  imageUrls?: string[];
}

const TIME = "YYYY-MM-DD HH:mm";
const half = { xs: 24, md: 12 } as const;

/**
 * 发布活动 / 代发: a manager posts an activity for any region they manage (the real organiser in
 * 主办方), the province anywhere and also 官方活动. It goes to review (the province's is published
 * at once); every refusal lands on its field with the server's own message.
 */
export function ActivityFormPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const province = viewer.tier === "PROVINCE_ADMIN";
  const within = province ? null : (viewer.managedRegion?.code ?? null);
  const withinPath = province ? null : (viewer.managedRegion?.path ?? null);
  const { formProps, submitting, failure } = useMutationForm(submitActivityMutation, {
    toVariables: (v: ActivityFormValues) => ({
      input: {
        kind: v.kind,
        regionCode: v.regionCode ?? "",
        organiser: v.organiser?.trim() || null,
        title: v.title ?? "",
        description: v.description ?? "",
        startsAt: v.startsAt?.toISOString() ?? "",
        endsAt: v.endsAt?.toISOString() ?? "",
        place: v.place ?? "",
        capacity: v.capacity ?? null,
        signUpDeadline: v.signUpDeadline ? v.signUpDeadline.toISOString() : null,
        coverUrl: v.coverUrl?.trim() || null,
        imageUrls: v.imageUrls ?? [],
      },
    }),
    onCompleted: (data) => void navigate(activityPath(data.submitActivity.id)),
    successMessage: (data) => (data.submitActivity.status === "PUBLISHED" ? "活动已发布" : "已提交审核，上级管理员审核通过后发布"),
    refetchQueries: ["Activities", "ActivitiesToDecide", "ActivitiesToDecideCount", "ActivityCalendar"],
    formProps: { initialValues: { kind: "LOCAL", regionCode: within ?? undefined, imageUrls: [] }, scrollToFirstError: true },
  });

  return (
    <Flex vertical gap={12}>
      <PageHeader
        title="发布活动"
        subTitle={
          province
            ? "省科协发布的活动直接发布；官方活动可面向全省。"
            : `可为 ${withinPath ?? "管辖地区"} 内任一区县、乡镇或村社区代发活动，提交后由上级管理员审核。`
        }
      />
      <Card>
        <Form<ActivityFormValues> {...formProps} name="activity-form" style={{ maxWidth: 880 }}>
          <Row gutter={24}>
            <Col {...half}>
              <Form.Item name="kind" label="活动类型" rules={[{ required: true }]}>
                <Radio.Group
                  optionType="button"
                  options={[{ value: "LOCAL", label: "地方活动" }, ...(province ? [{ value: "OFFICIAL", label: "官方活动" }] : [])]}
                />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item
                name="regionCode"
                label="举办地区"
                rules={[{ required: true, message: "请选择举办地区" }]}
                extra="地方活动须选择到区县级或以下"
              >
                <RegionPicker within={within} withinPath={withinPath} placeholder="输入地区名称搜索" aria-label="举办地区" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="title" label="活动标题" rules={[{ required: true, whitespace: true, message: "请填写活动标题" }]}>
            <Input maxLength={ACTIVITY_TITLE_MAX} showCount placeholder="例如：社区科普讲座：防范电信诈骗" />
          </Form.Item>
          <Form.Item name="organiser" label="主办方" extra="代发时填写实际主办单位，如“经八路街道科协”">
            <Input maxLength={100} />
          </Form.Item>
          <Row gutter={24}>
            <Col {...half}>
              <Form.Item name="startsAt" label="开始时间" rules={[{ required: true, message: "请选择开始时间" }]}>
                <DatePicker showTime={{ format: "HH:mm" }} format={TIME} style={{ width: "100%" }} aria-label="开始时间" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="endsAt" label="结束时间" rules={[{ required: true, message: "请选择结束时间" }]}>
                <DatePicker showTime={{ format: "HH:mm" }} format={TIME} style={{ width: "100%" }} aria-label="结束时间" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="place" label="活动地点" rules={[{ required: true, whitespace: true, message: "请填写活动地点" }]}>
            <Input maxLength={ACTIVITY_PLACE_MAX} placeholder="例如：社区文化活动中心二楼" />
          </Form.Item>
          <Row gutter={24}>
            <Col {...half}>
              <Form.Item name="capacity" label="名额" extra="不填为不限">
                <InputNumber min={1} max={100000} precision={0} style={{ width: "100%" }} aria-label="名额" />
              </Form.Item>
            </Col>
            <Col {...half}>
              <Form.Item name="signUpDeadline" label="报名截止" extra="不填为活动开始前均可报名">
                <DatePicker showTime={{ format: "HH:mm" }} format={TIME} style={{ width: "100%" }} aria-label="报名截止" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="description" label="活动介绍" rules={[{ required: true, whitespace: true, message: "请填写活动介绍" }]}>
            <Input.TextArea rows={6} maxLength={ACTIVITY_DESCRIPTION_MAX} showCount />
          </Form.Item>
          <Form.Item name="coverUrl" label="封面图片地址" extra="http:// 或 https:// 开头">
            <Input placeholder="https://" />
          </Form.Item>
          <Form.Item name="imageUrls" label="活动图片地址" extra={`每行一个网址，回车确认；最多 ${ACTIVITY_IMAGES_MAX} 张`}>
            <Select mode="tags" open={false} tokenSeparators={[" ", ","]} maxCount={ACTIVITY_IMAGES_MAX} aria-label="活动图片地址" />
          </Form.Item>
          {failure ? <Alert type="error" showIcon title={failure.message} style={{ marginBottom: 16 }} /> : null}
          <Space>
            <Button type="primary" htmlType="submit" loading={submitting}>
              {province ? "发布" : "提交审核"}
            </Button>
            <Button onClick={() => void navigate(-1)}>返回</Button>
          </Space>
        </Form>
      </Card>
    </Flex>
  );
}
