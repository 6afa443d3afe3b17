import { MALL_LIMITS, mallItemKindLabels, mallItemKinds } from "@kepu/domain";
import { Alert, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select, Switch } from "antd";
import { useEffect } from "react";
import { useMutationForm } from "../../app/use-mutation-form";
import type { MallItemRowFragment } from "../../gql/graphql";
import { newItemValues, toCreateInput, toUpdateInput, valuesOfItem, type MallItemFormValues } from "./mall-item-form";
import { createMallItemMutation, updateMallItemMutation } from "./mall.graphql";

const kindOptions = mallItemKinds.map((kind) => ({ value: kind, label: mallItemKindLabels[kind] }));
const half = { xs: 24, sm: 12 } as const;

interface MallItemModalProps {
  /** null: a new item. Kept after closing, so the modal does not change while it animates away. */
  item: MallItemRowFragment | null;
  open: boolean;
  onClose: () => void;
}

function useItemForm(item: MallItemRowFragment | null, onClose: () => void) {
  const create = useMutationForm(createMallItemMutation, {
    toVariables: (values: MallItemFormValues) => {
      const input = toCreateInput(values);
      return input ? { input } : null;
    },
    onCompleted: onClose,
    successMessage: (data) => `已新建商品“${data.createMallItem.name}”`,
    refetchQueries: ["MallItemsAll", "MallItemChoices"],
  });
  const update = useMutationForm(updateMallItemMutation, {
    toVariables: (values: MallItemFormValues) => {
      const input = toUpdateInput(values);
      return input && item ? { id: item.id, input } : null;
    },
    onCompleted: onClose,
    successMessage: (data) => `已保存“${data.updateMallItem.name}”`,
    refetchQueries: ["MallItemChoices"],
  });
  return item ? update : create;
}

/** 新建商品 / 编辑商品. Stock is set once here and moved by 补货 afterwards, so an edit never overwrites a sale. */
export function MallItemModal({ item, open, onClose }: MallItemModalProps) {
  const { form, formProps, submitting, failure, submit, reset } = useItemForm(item, onClose);
  useEffect(() => {
    if (open) form.setFieldsValue(item ? valuesOfItem(item) : newItemValues);
  }, [open, item, form]);

  return (
    <Modal
      title={item ? "编辑商品" : "新建商品"}
      open={open}
      okText={item ? "保存" : "新建"}
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      width={640}
      destroyOnHidden
    >
      <Form<MallItemFormValues> {...formProps} name="mall-item" initialValues={item ? valuesOfItem(item) : newItemValues}>
        <Row gutter={16}>
          <Col xs={24}>
            <Form.Item name="name" label="商品名称" rules={[{ required: true, whitespace: true, message: "请填写商品名称" }]}>
              <Input maxLength={MALL_LIMITS.nameMax} showCount placeholder="例如：10元话费" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="kind" label="商品类型" rules={[{ required: true, message: "请选择商品类型" }]}>
              <Select options={kindOptions} aria-label="商品类型" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="pricePoints" label="所需积分" rules={[{ required: true, message: "请填写兑换所需积分" }]}>
              <InputNumber min={1} max={MALL_LIMITS.priceMax} precision={0} style={{ width: "100%" }} addonAfter="积分" />
            </Form.Item>
          </Col>
          {item ? null : (
            <Col {...half}>
              <Form.Item name="stock" label="初始库存" rules={[{ required: true, message: "请填写库存" }]} extra="之后用“补货”增减">
                <InputNumber min={0} max={MALL_LIMITS.stockMax} precision={0} style={{ width: "100%" }} addonAfter="件" />
              </Form.Item>
            </Col>
          )}
          <Col {...half}>
            <Form.Item name="perPersonLimit" label="每人限兑" extra="不填为不限">
              <InputNumber min={1} max={MALL_LIMITS.perPersonLimitMax} precision={0} style={{ width: "100%" }} addonAfter="件" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="saleRange" label="兑换时间" extra="不填开始时间为立即上架，不填结束时间为长期有效">
              <DatePicker.RangePicker
                showTime={{ format: "HH:mm" }}
                format="YYYY-MM-DD HH:mm"
                allowEmpty={[true, true]}
                style={{ width: "100%" }}
              />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="imageUrl" label="图片地址" extra="https 链接（http 图片在控制台中不显示）">
              <Input maxLength={MALL_LIMITS.imageUrlMax} placeholder="https://" inputMode="url" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="description" label="商品描述">
              <Input.TextArea rows={3} maxLength={MALL_LIMITS.descriptionMax} showCount placeholder="兑换说明、发放方式等" />
            </Form.Item>
          </Col>
          <Col xs={24}>
            <Form.Item name="enabled" label="上架" valuePropName="checked" extra="关闭后科普员看不到该商品">
              <Switch checkedChildren="启用" unCheckedChildren="停用" />
            </Form.Item>
          </Col>
        </Row>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
