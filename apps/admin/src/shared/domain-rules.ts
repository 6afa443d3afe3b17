import type { FormRule } from "antd";

/**
 * An antd form rule from a `@kepu/domain` check (normalizePhone, assertPassword…): the same rule
 * and the same Chinese message as the server, before the request is even sent.
 */
export function domainRule(check: (value: string) => unknown): FormRule {
  return {
    validator: (_rule, value: unknown) => {
      if (typeof value !== "string" || value === "") return Promise.resolve();
      try {
        check(value);
        return Promise.resolve();
      } catch (error) {
        return Promise.reject(error instanceof Error ? error : new Error("输入有误"));
      }
    },
  };
}
