import { ReloadOutlined, SearchOutlined } from "@ant-design/icons";
import { tierLabels, tiers } from "@kepu/domain";
import { Button, Col, Form, Input, Row, Select, type FormProps } from "antd";
import { DeferredRangePicker } from "../../shared/deferred-range-picker";
import { RegionPicker } from "../../shared/region-picker";
import type { CertifiedChoice, VolunteerFilterValues } from "./volunteer-filter";

const tierOptions = tiers.map((tier) => ({ value: tier, label: tierLabels[tier] }));
const certifiedOptions: { value: CertifiedChoice; label: string }[] = [
  { value: "all", label: "全部" },
  { value: "yes", label: "已认证" },
  { value: "no", label: "未认证" },
];

interface VolunteerFilterBarProps {
  formProps: FormProps<VolunteerFilterValues>;
  /** The viewer's managed region (the picker's root), or null for the province. */
  rootRegionCode: string | null;
  rootRegionPath: string | null;
  changed: boolean;
  onReset: () => void;
}

const cell = { xs: 24, md: 12, xl: 8 } as const;
const item = { style: { marginBottom: 0 } } as const;

/** Query form above the table, in the usual three-column grid; every change applies at once. */
export function VolunteerFilterBar({ formProps, rootRegionCode, rootRegionPath, changed, onReset }: VolunteerFilterBarProps) {
  return (
    <Form<VolunteerFilterValues> {...formProps} name="volunteer-filter">
      <Row gutter={[24, 16]}>
        <Col {...cell}>
          <Form.Item name="search" label="关键词" {...item}>
            <Input allowClear prefix={<SearchOutlined />} placeholder="昵称 / 姓名 / 手机尾号" aria-label="搜索科普员" />
          </Form.Item>
        </Col>
        <Col {...cell}>
          <Form.Item name="regionCode" label="地区" {...item}>
            <RegionPicker within={rootRegionCode} withinPath={rootRegionPath} placeholder={rootRegionCode ? "管辖范围内全部" : "全省"} />
          </Form.Item>
        </Col>
        <Col {...cell}>
          <Form.Item name="tier" label="层级" {...item}>
            <Select options={tierOptions} allowClear placeholder="全部层级" aria-label="层级" />
          </Form.Item>
        </Col>
        <Col {...cell}>
          <Form.Item name="certified" label="实名认证" {...item}>
            <Select options={certifiedOptions} aria-label="实名认证" />
          </Form.Item>
        </Col>
        <Col {...cell}>
          <Form.Item name="certifiedRange" label="认证时间" {...item}>
            <DeferredRangePicker aria-label="认证时间" />
          </Form.Item>
        </Col>
        <Col {...cell} style={{ display: "flex", justifyContent: "flex-end", alignItems: "flex-start" }}>
          <Button icon={<ReloadOutlined />} onClick={onReset} disabled={!changed}>
            重置
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
