import { useMutation } from "@apollo/client/react";
import type { Tier } from "@kepu/domain";
import { App, Form, type FormProps } from "antd";
import { useState } from "react";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import { applyForManagerMutation } from "./manager-applications.graphql";

export interface ApplyValues {
  tier?: Tier;
  regionCode?: string;
  reason?: string;
}

/** 申请成为管理员 form state (refine-style `formProps`); server field errors land on their fields. */
export function useApplyForManager() {
  const [form] = Form.useForm<ApplyValues>();
  const { message } = App.useApp();
  const tier = Form.useWatch("tier", form);
  const [apply, { loading }] = useMutation(applyForManagerMutation, { context: handledLocally, refetchQueries: ["ManagerApplications"] });
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async ({ tier: chosen, regionCode, reason }: ApplyValues) => {
    if (!chosen || !regionCode) return;
    setFailure(null);
    try {
      await apply({ variables: { input: { tier: chosen, regionCode, reason: reason?.trim() || null } } });
      form.resetFields();
      void message.success("申请已提交，请等待上级审批");
    } catch (error) {
      const summary = summarizeFormError(error, ["tier", "regionCode", "reason"]);
      form.setFields(summary.fieldErrors);
      setFailure(summary.message);
    }
  };

  const formProps: FormProps<ApplyValues> = {
    form,
    layout: "vertical",
    onFinish: (values) => void onFinish(values),
    onValuesChange: (changed: Partial<ApplyValues>) => {
      setFailure(null);
      // A township cannot be the region of a county manager: choosing another tier clears the region.
      if ("tier" in changed) form.setFieldValue("regionCode", undefined);
    },
  };
  return { formProps, tier, submitting: loading, failure };
}
