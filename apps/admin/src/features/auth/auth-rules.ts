import { assertPassword, normalizePhone, PASSWORD_MAX } from "@kepu/domain";
import type { FormRule } from "antd";
import { domainRule } from "../../shared/domain-rules";

export const phoneRules: FormRule[] = [{ required: true, whitespace: true, message: "请输入手机号" }, domainRule(normalizePhone)];

/**
 * Signing in checks only presence and length: the password policy applies when a password is set,
 * and an account created under an older policy must still be able to sign in.
 */
export const loginPasswordRules: FormRule[] = [
  { required: true, message: "请输入密码" },
  { max: PASSWORD_MAX, message: `密码最多 ${PASSWORD_MAX} 位` },
];

export function newPasswordRules(phone: string | null | undefined): FormRule[] {
  return [{ required: true, message: "请输入新密码" }, domainRule((value) => assertPassword(value, phone ?? undefined, "newPassword"))];
}
