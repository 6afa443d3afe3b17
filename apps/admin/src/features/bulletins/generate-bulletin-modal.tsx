import { Alert, Form, Modal, Segmented, Select, Typography } from "antd";
import type { Dayjs } from "dayjs";
import { useMemo } from "react";
import { useMutationForm } from "../../app/use-mutation-form";
import type { BulletinListItemFragment, BulletinPeriodKind } from "../../gql/graphql";
import { DeferredRangePicker } from "../../shared/deferred-range-picker";
import { RegionPicker } from "../../shared/region-picker";
import {
  bulletinKindLabels,
  bulletinKinds,
  bulletinPeriodLabel,
  completedPeriods,
  customPeriod,
  lastDayOf,
  type BulletinPeriod,
} from "./bulletin-period";
import { generateBulletinMutation } from "./bulletins.graphql";
import { newClientRequestId } from "./idempotency-key";

interface GenerateValues {
  regionCode?: string;
  periodKind: BulletinPeriodKind;
  /** a calendar period: its first day */
  from?: string;
  /** a custom range, both days inclusive */
  to?: [Dayjs | null, Dayjs | null] | null;
}

export interface GenerateBulletinModalProps {
  open: boolean;
  onClose: () => void;
  onGenerated: (bulletin: BulletinListItemFragment) => void;
  /** The viewer's own region (the province's code for 省科协): the default, and the picker's bound. */
  rootRegion: string;
  /** Managers search only their subtree; null for the province. */
  within: string | null;
  withinPath: string | null;
  today: string;
}

const kindOptions = bulletinKinds.map((value) => ({ value, label: bulletinKindLabels[value] }));

/** The period the form describes, or null while it is incomplete. */
function periodOf(values: Partial<GenerateValues>, options: Record<string, BulletinPeriod[]>, today: string): BulletinPeriod | null {
  if (values.periodKind === "CUSTOM") {
    const [first, last] = values.to ?? [];
    return first && last ? customPeriod(first.format("YYYY-MM-DD"), last.format("YYYY-MM-DD"), today) : null;
  }
  return (values.periodKind && options[values.periodKind]?.find((p) => p.from === values.from)) || null;
}

/**
 * 生成通报: a region in the viewer's scope and a finished period (a month, quarter or year from a
 * list, newest first, or a custom range). One client key per opening, so a double click or a retry
 * after a network error makes one bulletin.
 */
export function GenerateBulletinModal({ open, onClose, onGenerated, rootRegion, within, withinPath, today }: GenerateBulletinModalProps) {
  const clientRequestId = useMemo(() => (open ? newClientRequestId() : ""), [open]);
  const options = useMemo<Record<string, BulletinPeriod[]>>(
    () => ({ MONTH: completedPeriods("MONTH", today), QUARTER: completedPeriods("QUARTER", today), YEAR: completedPeriods("YEAR", today) }),
    [today],
  );
  const { form, formProps, submitting, failure, submit, reset } = useMutationForm(generateBulletinMutation, {
    toVariables: (values: GenerateValues) => {
      const period = periodOf(values, options, today);
      if (!values.regionCode || !period) return null;
      return { input: { regionCode: values.regionCode, periodKind: period.kind, from: period.from, to: period.to, clientRequestId } };
    },
    onCompleted: (data) => {
      onGenerated(data.generateBulletin);
      onClose();
    },
    successMessage: (data) => `已生成：${data.generateBulletin.title}`,
    refetchQueries: ["Bulletins"],
    formProps: {
      onValuesChange: (changed: Partial<GenerateValues>) => {
        // Another kind: start from its latest finished period.
        if (changed.periodKind && changed.periodKind !== "CUSTOM") form.setFieldValue("from", options[changed.periodKind]?.[0]?.from);
      },
    },
  });
  const kind = Form.useWatch("periodKind", form) ?? "MONTH";
  const values = Form.useWatch([], form) as Partial<GenerateValues> | undefined;
  const period = values ? periodOf(values, options, today) : null;
  const initial: GenerateValues = { regionCode: rootRegion, periodKind: "MONTH", from: options.MONTH[0]?.from };

  return (
    <Modal
      title="生成通报"
      open={open}
      okText="生成"
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
      width={520}
    >
      <Typography.Paragraph type="secondary">
        通报列出所选地区各直接下级在期间内的注册量、注册比例、传播量、活跃人数、活动信息发布量、综合得分与名次变化，并标出有风险的地区；生成后固定不变。
      </Typography.Paragraph>
      <Form<GenerateValues> {...formProps} name="generate-bulletin" initialValues={initial}>
        <Form.Item
          name="regionCode"
          label="地区"
          rules={[{ required: true, message: "请选择地区" }]}
          extra="本人管辖地区或其下级（村、社区没有下级，不能生成）"
        >
          <RegionPicker within={within} withinPath={withinPath} placeholder="输入地区名称搜索" aria-label="通报地区" />
        </Form.Item>
        <Form.Item name="periodKind" label="期间类型">
          <Segmented<BulletinPeriodKind> options={kindOptions} aria-label="期间类型" block />
        </Form.Item>
        {kind === "CUSTOM" ? (
          <Form.Item
            name="to"
            label="日期范围（含首尾两天）"
            rules={[
              { required: true, message: "请选择日期范围" },
              {
                validator: (_, range: GenerateValues["to"]) => {
                  const [first, last] = range ?? [];
                  if (!first || !last) return Promise.resolve();
                  return customPeriod(first.format("YYYY-MM-DD"), last.format("YYYY-MM-DD"), today)
                    ? Promise.resolve()
                    : Promise.reject(new Error("须为已结束的日期（最晚到昨天），且不超过 10 年"));
                },
              },
            ]}
          >
            <DeferredRangePicker aria-label="通报日期范围" />
          </Form.Item>
        ) : (
          <Form.Item name="from" label="期间" rules={[{ required: true, message: "请选择期间" }]} extra="只能选择已结束的期间">
            <Select
              options={(options[kind] ?? []).map((p) => ({ value: p.from, label: bulletinPeriodLabel(p) }))}
              aria-label="通报期间"
              showSearch={{ optionFilterProp: "label" }}
            />
          </Form.Item>
        )}
        {period ? (
          <Typography.Paragraph data-testid="bulletin-period-preview">
            期间：{bulletinPeriodLabel(period)}（{period.from} 至 {lastDayOf(period)}）
          </Typography.Paragraph>
        ) : null}
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
