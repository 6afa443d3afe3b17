import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { Alert, Button, Card, Col, DatePicker, Flex, Form, Input, InputNumber, Row, Skeleton, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useEffect } from "react";
import { PageHeader } from "../../app/page-header";
import { useMutationForm } from "../../app/use-mutation-form";
import type { PointsRuleVersionsQuery } from "../../gql/graphql";
import { CursorPager } from "../../shared/cursor-pager";
import { formatDateTime } from "../../shared/format-time";
import { personName } from "../../shared/person-name";
import { useConnectionTable } from "../../shared/use-connection-table";
import { describeRules, earningRows, toRulesInput, valuesOfRules, type PointsRulesFormValues } from "./points-rules-form";
import { currentPointsRulesQuery, pointsRuleVersionsQuery, updatePointsRulesMutation } from "./points.graphql";

type VersionRow = PointsRuleVersionsQuery["pointsRuleVersions"]["edges"][number]["node"];

const number = { min: 0, precision: 0, style: { width: "100%" } } as const;
const half = { xs: 24, sm: 12 } as const;

/** Starts from the latest version (which may not be in force yet) and saves the next one on top of it. */
function RulesEditor({ latest }: { latest: VersionRow }) {
  const { data } = useQuery(currentPointsRulesQuery, { fetchPolicy: "cache-and-network" });
  const current = data?.pointsRules;
  const { form, formProps, submitting, failure } = useMutationForm(updatePointsRulesMutation, {
    toVariables: (values: PointsRulesFormValues) => {
      const input = toRulesInput(values, latest.version);
      return input ? { input } : null;
    },
    successMessage: (d) => `已保存为第 ${d.updatePointsRules.version} 版，${formatDateTime(d.updatePointsRules.effectiveFrom)} 起生效`,
    refetchQueries: ["CurrentPointsRules", "PointsRuleVersions"],
  });
  useEffect(() => form.setFieldsValue(valuesOfRules(latest.rules)), [latest, form]);

  return (
    <Form<PointsRulesFormValues> {...formProps} name="points-rules" initialValues={valuesOfRules(latest.rules)}>
      <Typography.Paragraph type="secondary">
        {current ? `当前生效：第 ${current.version} 版（${formatDateTime(current.effectiveFrom)} 起）。` : null}
        {current && current.version !== latest.version
          ? `第 ${latest.version} 版将于 ${formatDateTime(latest.effectiveFrom)} 生效，以下从该版开始修改。`
          : null}
        保存后生成新版本，历史版本保留；每笔积分记录其依据的版本。每日上限留空表示不限。
      </Typography.Paragraph>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="checkIn" label="每日签到" rules={[{ required: true, message: "请填写签到积分" }]}>
            <InputNumber {...number} addonAfter="积分/天" />
          </Form.Item>
        </Col>
      </Row>
      {earningRows.map((row) => (
        <Row gutter={16} key={row.points}>
          <Col {...half}>
            <Form.Item name={row.points} label={row.label} rules={[{ required: true, message: `请填写${row.label}积分` }]}>
              <InputNumber {...number} addonAfter="积分/次" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name={row.cap} label={`${row.label.replace(/（.*）/, "")}每日上限`}>
              <InputNumber {...number} addonAfter="积分" placeholder="不限" />
            </Form.Item>
          </Col>
        </Row>
      ))}
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        连续签到奖励
      </Typography.Title>
      <Form.List name="streakBonuses">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item name={[field.name, "day"]} noStyle rules={[{ required: true, message: "请填写天数" }]}>
                  <InputNumber min={2} max={366} precision={0} addonBefore="连续第" addonAfter="天" aria-label="连续天数" />
                </Form.Item>
                <Form.Item name={[field.name, "bonus"]} noStyle rules={[{ required: true, message: "请填写奖励" }]}>
                  <InputNumber min={0} precision={0} addonBefore="额外" addonAfter="积分" aria-label="奖励积分" />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label="删除该档奖励" onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: "flex-start" }}>
              添加一档
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        )}
      </Form.List>
      <Typography.Title level={3} style={{ fontSize: 15 }}>
        经验等级
      </Typography.Title>
      <Typography.Paragraph type="secondary">经验值为累计获得的积分（兑换消费不减少）；第一级须从 0 开始，逐级递增。</Typography.Paragraph>
      <Form.List name="levels">
        {(fields, { add, remove }, { errors }) => (
          <Flex vertical gap={8} style={{ marginBottom: 16 }}>
            {fields.map((field) => (
              <Flex key={field.key} gap={8} align="baseline">
                <Form.Item name={[field.name, "name"]} noStyle rules={[{ required: true, whitespace: true, message: "请填写等级名称" }]}>
                  <Input maxLength={16} placeholder="等级名称" style={{ width: 160 }} aria-label="等级名称" />
                </Form.Item>
                <Form.Item name={[field.name, "minExperience"]} noStyle rules={[{ required: true, message: "请填写经验值" }]}>
                  <InputNumber min={0} precision={0} addonBefore="经验值 ≥" aria-label="所需经验值" />
                </Form.Item>
                <Button type="text" icon={<DeleteOutlined />} aria-label="删除该等级" onClick={() => remove(field.name)} />
              </Flex>
            ))}
            <Button icon={<PlusOutlined />} onClick={() => add({})} style={{ alignSelf: "flex-start" }}>
              添加等级
            </Button>
            <Form.ErrorList errors={errors} />
          </Flex>
        )}
      </Form.List>
      <Row gutter={16}>
        <Col {...half}>
          <Form.Item name="effectiveFrom" label="生效时间" extra="留空为立即生效；不能早于现在">
            <DatePicker
              showTime={{ format: "HH:mm" }}
              format="YYYY-MM-DD HH:mm"
              style={{ width: "100%" }}
              disabledDate={(d) => d.isBefore(dayjs().startOf("day"))}
            />
          </Form.Item>
        </Col>
        <Col {...half}>
          <Form.Item name="note" label="修改说明">
            <Input maxLength={200} placeholder="例如：国庆期间分享积分翻倍" />
          </Form.Item>
        </Col>
      </Row>
      {/* BAD_USER_INPUT naming streakBonuses / levels shows under that list (Form.ErrorList); anything else here. */}
      {failure ? <Alert type="error" showIcon title={failure.message} style={{ marginBottom: 16 }} /> : null}
      <Button type="primary" htmlType="submit" loading={submitting}>
        保存为新版本
      </Button>
    </Form>
  );
}

function VersionHistory() {
  const table = useConnectionTable(pointsRuleVersionsQuery, {
    variables: {},
    connection: (d) => d.pointsRuleVersions,
    pageSize: 10,
    rowKey: "version",
    fetchPolicy: "cache-and-network",
  });
  const now = Date.now();
  const inForce = table.rows.find((r) => Date.parse(r.effectiveFrom) <= now)?.version;
  return (
    <>
      <Table<VersionRow>
        {...table.tableProps}
        size="small"
        scroll={{ x: 720 }}
        columns={[
          {
            key: "version",
            title: "版本",
            width: 90,
            render: (_, r) => (
              <Flex vertical gap={4}>
                <span>第 {r.version} 版</span>
                {r.version === inForce ? (
                  <Tag color="green">生效中</Tag>
                ) : Date.parse(r.effectiveFrom) > now ? (
                  <Tag color="blue">待生效</Tag>
                ) : null}
              </Flex>
            ),
          },
          { key: "effectiveFrom", title: "生效时间", width: 150, render: (_, r) => formatDateTime(r.effectiveFrom) },
          {
            key: "rules",
            title: "规则",
            render: (_, r) => (
              <Flex vertical>
                {describeRules(r.rules).map((line) => (
                  <Typography.Text key={line} style={{ fontSize: 13 }}>
                    {line}
                  </Typography.Text>
                ))}
              </Flex>
            ),
          },
          {
            key: "by",
            title: "修改人 / 说明",
            width: 180,
            render: (_, r) => (
              <Flex vertical>
                <span>{r.createdBy ? personName(r.createdBy) : "系统默认"}</span>
                <Typography.Text type="secondary">{r.note ?? ""}</Typography.Text>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDateTime(r.createdAt)}
                </Typography.Text>
              </Flex>
            ),
          },
        ]}
      />
      <CursorPager {...table} summary={table.totalCount === undefined ? null : `共 ${table.totalCount} 个版本`} />
    </>
  );
}

/** 积分规则 (the province): edit the earning rules as a new version, and see every version. */
export function PointsRulesPage() {
  const { data } = useQuery(pointsRuleVersionsQuery, { variables: { first: 1 }, fetchPolicy: "cache-and-network" });
  const latest = data?.pointsRuleVersions.edges[0]?.node ?? null;
  return (
    <Flex vertical gap={12}>
      <PageHeader title="积分规则" subTitle="签到、分享、发布活动、社团发帖、评论的得分与每日上限，以及经验等级。" />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={11}>
          <Card title="修改规则">{latest === null ? <Skeleton active /> : <RulesEditor key={latest.version} latest={latest} />}</Card>
        </Col>
        <Col xs={24} xl={13}>
          <Card title="版本历史">
            <VersionHistory />
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
