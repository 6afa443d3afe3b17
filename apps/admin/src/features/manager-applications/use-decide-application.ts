import { useMutation } from "@apollo/client/react";
import { App, Form, type FormProps } from "antd";
import { useState } from "react";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import { personName } from "../../shared/person-name";
import type { Decision } from "./application-columns";
import { decideManagerApplicationMutation } from "./manager-applications.graphql";

export interface DecideValues {
  comment?: string;
}

export interface DecisionTarget {
  application: { id: string; applicant: { realName?: string | null; nickname?: string | null; phoneMasked?: string | null } };
  decision: Decision;
}

/**
 * 通过 / 驳回 with an optional 审批意见. Afterwards every list of applications (and of volunteers,
 * whose tier may have changed) is fetched again, so the decided row leaves the queue.
 */
export function useDecideApplication(target: DecisionTarget | null, onDone: () => void) {
  const [form] = Form.useForm<DecideValues>();
  const { message } = App.useApp();
  const [decide, { loading }] = useMutation(decideManagerApplicationMutation, {
    context: handledLocally,
    refetchQueries: ["ManagerApplications", "Volunteers"],
    awaitRefetchQueries: true,
  });
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async ({ comment }: DecideValues) => {
    if (!target) return;
    setFailure(null);
    try {
      const approve = target.decision === "approve";
      await decide({ variables: { id: target.application.id, approve, comment: comment?.trim() || null } });
      void message.success(`已${approve ? "通过" : "驳回"}${personName(target.application.applicant)}的申请`);
      onDone();
    } catch (error) {
      const summary = summarizeFormError(error, ["comment"]);
      form.setFields(summary.fieldErrors);
      setFailure(summary.message);
    }
  };

  const formProps: FormProps<DecideValues> = { form, layout: "vertical", onFinish: (values) => void onFinish(values) };
  const reset = () => {
    form.resetFields();
    setFailure(null);
  };
  return { formProps, submitting: loading, failure, submit: () => form.submit(), reset };
}
