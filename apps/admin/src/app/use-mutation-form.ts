import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { useMutation } from "@apollo/client/react";
import { Form, type FormInstance, type FormProps } from "antd";
import { useState } from "react";
import { handledLocally } from "./apollo-client";
import { summarizeFormError } from "./form-errors";
import { useAppMessage } from "./app-message";

/** What went wrong that no single field can show (conflicts, rate limits, network), for an Alert above the buttons. */
export interface FormFailure {
  message: string;
  /** `extensions.code` of the first GraphQL error, e.g. RATE_LIMITED. */
  code: string | undefined;
}

export interface MutationFormOptions<TValues, TData, TVariables> {
  /** Form values → mutation variables; null means there is nothing to send (yet). */
  toVariables: (values: TValues) => TVariables | null;
  /** After the server accepted, before the success message; throwing here counts as a failure. */
  onCompleted?: (data: TData, values: TValues) => void | Promise<void>;
  successMessage?: string | ((data: TData, values: TValues) => string);
  /** Empty the form after success (forms that stay on screen). */
  resetOnSuccess?: boolean;
  /** Operation names to fetch again afterwards, e.g. the list the change shows up in. */
  refetchQueries?: string[];
  awaitRefetchQueries?: boolean;
  /** More antd `<Form>` props; `layout` defaults to vertical. `onValuesChange` runs after the failure is cleared. */
  formProps?: Omit<FormProps<TValues>, "form" | "onFinish">;
}

export interface MutationForm<TValues> {
  form: FormInstance<TValues>;
  /** Spread onto antd `<Form>` (refine-style). */
  formProps: FormProps<TValues>;
  submitting: boolean;
  failure: FormFailure | null;
  /** For a modal's OK button outside the form. */
  submit: () => void;
  /** For a modal's `afterClose`. */
  reset: () => void;
}

/**
 * An antd form that sends one mutation. Server errors use the server's own Chinese text:
 * BAD_USER_INPUT with `extensions.field` lands on that form field, the rest becomes `failure`.
 * The mutation runs with `handledLocally`, so the error link does not toast the same message too.
 */
export function useMutationForm<TValues, TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
  options: MutationFormOptions<TValues, TData, TVariables>,
): MutationForm<TValues> {
  const {
    toVariables,
    onCompleted,
    successMessage,
    resetOnSuccess = false,
    refetchQueries,
    awaitRefetchQueries,
    formProps: extraProps,
  } = options;
  const [form] = Form.useForm<TValues>();
  const { message } = useAppMessage();
  const [mutate, { loading }] = useMutation(mutation, { context: handledLocally, refetchQueries, awaitRefetchQueries });
  const [failure, setFailure] = useState<FormFailure | null>(null);
  // Apollo types `mutate` per operation (variables required or not); for a generic TVariables that
  // choice cannot be resolved, so call it through the shape every operation accepts.
  const send = mutate as unknown as (options: { variables: TVariables }) => Promise<{ data?: TData | null }>;

  const onFinish = async (values: TValues) => {
    setFailure(null);
    try {
      const variables = toVariables(values);
      if (variables === null) return;
      const { data } = await send({ variables });
      if (data === undefined || data === null) throw new Error("empty mutation result");
      await onCompleted?.(data, values);
      if (resetOnSuccess) form.resetFields();
      if (successMessage) void message.success(typeof successMessage === "string" ? successMessage : successMessage(data, values));
    } catch (error) {
      const fields = form.getFieldsError().map((field) => field.name.map(String).join("."));
      const summary = summarizeFormError(error, fields);
      // Field names come from the form itself, but antd cannot type a name path of a generic TValues.
      const fieldsForm: FormInstance = form;
      fieldsForm.setFields(summary.fieldErrors);
      setFailure(summary.message === null ? null : { message: summary.message, code: summary.code });
    }
  };

  const formProps: FormProps<TValues> = {
    layout: "vertical",
    ...extraProps,
    form,
    onFinish: (values) => void onFinish(values),
    onValuesChange: (changed, all) => {
      setFailure(null);
      extraProps?.onValuesChange?.(changed, all);
    },
  };
  const reset = () => {
    form.resetFields();
    setFailure(null);
  };
  return { form, formProps, submitting: loading, failure, submit: () => form.submit(), reset };
}
