import { CombinedGraphQLErrors } from "@apollo/client";
import { describe, expect, it } from "vitest";
import { summarizeFormError } from "./form-errors";

describe("summarizeFormError", () => {
  it("puts BAD_USER_INPUT messages on the named field", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: "地区级别与申请层级不符", extensions: { code: "BAD_USER_INPUT", field: "input.regionCode" } }],
    });
    expect(summarizeFormError(error, ["tier", "regionCode", "reason"])).toEqual({
      fieldErrors: [{ name: "regionCode", errors: ["地区级别与申请层级不符"] }],
      message: null,
      code: "BAD_USER_INPUT",
    });
  });

  it("keeps messages for unknown fields and other codes general", () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        { message: "您已有待审批的申请", extensions: { code: "CONFLICT" } },
        { message: "页码有误", extensions: { code: "BAD_USER_INPUT", field: "after" } },
      ],
    });
    const summary = summarizeFormError(error, ["reason"]);
    expect(summary.fieldErrors).toEqual([]);
    expect(summary.message).toBe("您已有待审批的申请；页码有误");
    expect(summary.code).toBe("CONFLICT");
  });

  it("shows the rate limiter's message", () => {
    const error = new CombinedGraphQLErrors({
      errors: [{ message: "登录尝试过多，请 15 分钟后再试", extensions: { code: "RATE_LIMITED" } }],
    });
    expect(summarizeFormError(error, ["phone", "password"]).message).toBe("登录尝试过多，请 15 分钟后再试");
  });

  it("describes network failures", () => {
    expect(summarizeFormError(new TypeError("Failed to fetch"), []).message).toBe("无法连接服务器，请检查网络后重试");
  });
});
