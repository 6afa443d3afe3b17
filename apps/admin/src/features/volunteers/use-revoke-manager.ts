import { useMutation } from "@apollo/client/react";
import { App, Form, type FormProps } from "antd";
import { useState } from "react";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import { revokeManagerMutation } from "./volunteers.graphql";

export interface RevokeValues {
  reason: string;
}

/** 撤销管理员 modal state: the returned volunteer updates the cache; the list refetches its page. */
export function useRevokeManager(volunteerId: string, onDone: () => void) {
  const [form] = Form.useForm<RevokeValues>();
  const { message } = App.useApp();
  const [revoke, { loading }] = useMutation(revokeManagerMutation, { context: handledLocally, refetchQueries: ["Volunteers"] });
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async ({ reason }: RevokeValues) => {
    setFailure(null);
    try {
      await revoke({ variables: { volunteerId, reason: reason.trim() } });
      void message.success("已撤销其管理员身份");
      onDone();
    } catch (error) {
      const summary = summarizeFormError(error, ["reason"]);
      form.setFields(summary.fieldErrors);
      setFailure(summary.message);
    }
  };

  const formProps: FormProps<RevokeValues> = { form, layout: "vertical", onFinish: (values) => void onFinish(values) };
  const reset = () => {
    form.resetFields();
    setFailure(null);
  };
  return { formProps, submitting: loading, failure, submit: () => form.submit(), reset };
}
