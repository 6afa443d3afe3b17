import { useMutation } from "@apollo/client/react";
import { normalizePhone } from "@kepu/domain";
import { Form, type FormProps } from "antd";
import { useState } from "react";
import { useLocation, useNavigate } from "react-router";
import { handledLocally } from "../../app/apollo-client";
import { summarizeFormError } from "../../app/form-errors";
import { redirectTarget } from "../../app/login-path";
import { loginMutation } from "./auth.graphql";
import { useStartSession } from "./use-session";

export interface LoginValues {
  phone: string;
  password: string;
}

export interface LoginFailure {
  message: string;
  /** RATE_LIMITED gets a warning rather than an error: waiting, not retyping, fixes it. */
  rateLimited: boolean;
}

/** Login form state (refine-style: `formProps` spreads onto antd `<Form>`). */
export function useLoginForm() {
  const [form] = Form.useForm<LoginValues>();
  const navigate = useNavigate();
  const { search } = useLocation();
  const startSession = useStartSession();
  const [login, { loading }] = useMutation(loginMutation, { context: handledLocally });
  const [failure, setFailure] = useState<LoginFailure | null>(null);

  const onFinish = async (values: LoginValues) => {
    setFailure(null);
    try {
      const { data } = await login({ variables: { phone: normalizePhone(values.phone), password: values.password } });
      if (!data) throw new Error("登录失败，请稍后重试");
      await startSession(data.login.token, data.login.volunteer);
      await navigate(redirectTarget(search), { replace: true });
    } catch (error) {
      const summary = summarizeFormError(error, ["phone", "password"]);
      form.setFields(summary.fieldErrors);
      if (summary.message) setFailure({ message: summary.message, rateLimited: summary.code === "RATE_LIMITED" });
    }
  };

  const formProps: FormProps<LoginValues> = {
    form,
    onFinish: (values) => void onFinish(values),
    onValuesChange: () => setFailure(null),
    layout: "vertical",
    requiredMark: false,
    size: "large",
    autoComplete: "on",
  };

  return { formProps, submitting: loading, failure };
}
