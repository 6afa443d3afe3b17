import { MALL_LIMITS } from "@kepu/domain";
import { Alert, Form, InputNumber, Modal, Typography } from "antd";
import { useMemo } from "react";
import { useMutationForm } from "../../app/use-mutation-form";
import type { MallItemRowFragment } from "../../gql/graphql";
import { newIdempotencyKey } from "./idempotency-key";
import { restockMallItemMutation } from "./mall.graphql";

interface RestockValues {
  delta?: number | null;
}

interface RestockModalProps {
  item: MallItemRowFragment | null;
  open: boolean;
  onClose: () => void;
}

/** 补货: adds (or, negative, removes) stock. One key per opening, so a double click or a retry applies once. */
export function RestockModal({ item, open, onClose }: RestockModalProps) {
  // A new key each time the modal opens for an item; kept across retries of that one change.
  const key = useMemo(() => (open ? newIdempotencyKey("restock") : ""), [open, item?.id]);
  const { formProps, submitting, failure, submit, reset } = useMutationForm(restockMallItemMutation, {
    toVariables: ({ delta }: RestockValues) => (item && typeof delta === "number" ? { id: item.id, delta, idempotencyKey: key } : null),
    onCompleted: onClose,
    successMessage: (data) => `“${data.restockMallItem.name}”库存现为 ${data.restockMallItem.stock} 件`,
  });
  return (
    <Modal
      title="补货"
      open={open}
      okText="确认"
      confirmLoading={submitting}
      onOk={submit}
      onCancel={onClose}
      afterClose={reset}
      destroyOnHidden
    >
      {item ? (
        <Typography.Paragraph>
          {item.name}：当前库存 {item.stock} 件，已兑换 {item.sold} 件。
        </Typography.Paragraph>
      ) : null}
      <Form<RestockValues> {...formProps} name="restock">
        <Form.Item
          name="delta"
          label="库存变动"
          extra="正数为补货，负数为扣减（盘点差错等），库存不会低于 0"
          rules={[
            { required: true, message: "请填写库存变动" },
            { validator: (_, v: number | null) => (v === 0 ? Promise.reject(new Error("库存变动不能为 0")) : Promise.resolve()) },
          ]}
        >
          <InputNumber
            min={-MALL_LIMITS.stockMax}
            max={MALL_LIMITS.stockMax}
            precision={0}
            style={{ width: "100%" }}
            addonAfter="件"
            autoFocus
          />
        </Form.Item>
        {failure ? <Alert type="error" showIcon title={failure.message} /> : null}
      </Form>
    </Modal>
  );
}
