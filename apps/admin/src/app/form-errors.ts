import { CombinedGraphQLErrors, ServerError } from "@apollo/client";
import {
  errorTextFromBody,
  graphQLErrorCode,
  graphQLErrorText,
  GENERIC_ERROR_TEXT,
  httpStatusText,
  NETWORK_ERROR_TEXT,
} from "./error-text";

export interface FieldError<F extends string = string> {
  name: F;
  errors: string[];
}

export interface FormErrorSummary<F extends string = string> {
  /** Messages the server tied to one of the form's own fields (BAD_USER_INPUT + `extensions.field`). */
  fieldErrors: FieldError<F>[];
  /** Everything else, to show above the form; null when every message found its field. */
  message: string | null;
  /** `extensions.code` of the first GraphQL error, when there was one. */
  code: string | undefined;
}

/** `input.regionCode` and `regionCode` both mean the form's `regionCode` field. */
function fieldName<F extends string>(field: unknown, fields: readonly F[]): F | undefined {
  if (typeof field !== "string") return undefined;
  const name = field.split(".").pop() ?? field;
  return fields.find((f) => f === name);
}

/**
 * Splits a failed mutation's error into per-field messages (for `form.setFields`) and a general
 * message, always using the server's own Chinese text.
 */
export function summarizeFormError<F extends string>(error: unknown, fields: readonly F[]): FormErrorSummary<F> {
  if (CombinedGraphQLErrors.is(error)) {
    const fieldErrors: FieldError<F>[] = [];
    const general: string[] = [];
    for (const graphQLError of error.errors) {
      const text = graphQLErrorText(graphQLError);
      const name = graphQLErrorCode(graphQLError) === "BAD_USER_INPUT" ? fieldName(graphQLError.extensions?.field, fields) : undefined;
      if (name) fieldErrors.push({ name, errors: [text] });
      else if (!general.includes(text)) general.push(text);
    }
    const first = error.errors[0];
    return { fieldErrors, message: general.length > 0 ? general.join("；") : null, code: first ? graphQLErrorCode(first) : undefined };
  }
  if (ServerError.is(error)) {
    return { fieldErrors: [], message: errorTextFromBody(error.bodyText) ?? httpStatusText(error.statusCode), code: undefined };
  }
  if (error instanceof Error && error.name !== "AbortError") return { fieldErrors: [], message: NETWORK_ERROR_TEXT, code: undefined };
  return { fieldErrors: [], message: GENERIC_ERROR_TEXT, code: undefined };
}
