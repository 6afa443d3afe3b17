import { useMutation } from "@apollo/client/react";
import { App, Form, type FormProps } from "antd";
import { useState } from "react";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import { changePasswordMutation } from "./auth.graphql";
import { useStartSession } from "./use-session";

export interface ChangePasswordValues {
  oldPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** 修改密码 modal state; the server answers with a fresh session (other sessions end). */
export function useChangePassword(onDone: () => void) {
  const [form] = Form.useForm<ChangePasswordValues>();
  const { message } = App.useApp();
  const startSession = useStartSession();
  const [changePassword, { loading }] = useMutation(changePasswordMutation, { context: handledLocally });
  const [failure, setFailure] = useState<string | null>(null);

  const onFinish = async ({ oldPassword, newPassword }: ChangePasswordValues) => {
    setFailure(null);
    try {
      const { data } = await changePassword({ variables: { oldPassword, newPassword } });
      if (!data) throw new Error("修改失败，请稍后重试");
      await startSession(data.changePassword.token, data.changePassword.volunteer);
      form.resetFields();
      void message.success("密码已修改");
      onDone();
    } catch (error) {
      const summary = summarizeFormError(error, ["oldPassword", "newPassword"]);
      form.setFields(summary.fieldErrors);
      setFailure(summary.message);
    }
  };

  const formProps: FormProps<ChangePasswordValues> = {
    form,
    layout: "vertical",
    onFinish: (values) => void onFinish(values),
    onValuesChange: () => setFailure(null),
  };
  const reset = () => {
    form.resetFields();
    setFailure(null);
  };
  return { formProps, submitting: loading, failure, submit: () => form.submit(), reset };
}
