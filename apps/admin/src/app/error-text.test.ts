import { describe, expect, it } from "vitest";
import { CombinedGraphQLErrors } from "@apollo/client";
import { errorTextFromBody, firstGraphQLErrorCode, GENERIC_ERROR_TEXT, graphQLErrorText, httpStatusText } from "./error-text";

describe("graphQLErrorText", () => {
  it("prefers the server's message", () => {
    expect(graphQLErrorText({ message: "未找到地区 419999", extensions: { code: "NOT_FOUND" } })).toBe("未找到地区 419999");
  });

  it("maps the code to Chinese when the message is missing or blank", () => {
    expect(graphQLErrorText({ message: "", extensions: { code: "FORBIDDEN" } })).toBe("没有权限执行此操作");
    expect(graphQLErrorText({ message: "  ", extensions: { code: "RATE_LIMITED" } })).toBe("操作过于频繁，请稍后再试");
    expect(graphQLErrorText({ extensions: { code: "UNAUTHENTICATED" } })).toBe("请先登录");
  });

  it("falls back to a generic text for unknown codes", () => {
    expect(graphQLErrorText({ extensions: { code: "SOMETHING_NEW" } })).toBe(GENERIC_ERROR_TEXT);
    expect(graphQLErrorText({})).toBe(GENERIC_ERROR_TEXT);
  });
});

describe("errorTextFromBody", () => {
  it("reads the first GraphQL error of a non-2xx body", () => {
    const body = JSON.stringify({ errors: [{ message: "", extensions: { code: "RATE_LIMITED" } }] });
    expect(errorTextFromBody(body)).toBe("操作过于频繁，请稍后再试");
  });

  it("returns null for bodies that are not GraphQL errors", () => {
    expect(errorTextFromBody(undefined)).toBeNull();
    expect(errorTextFromBody("<html>Bad gateway</html>")).toBeNull();
    expect(errorTextFromBody(JSON.stringify({ data: null }))).toBeNull();
  });
});

describe("httpStatusText", () => {
  it("maps common statuses", () => {
    expect(httpStatusText(429)).toBe("操作过于频繁，请稍后再试");
    expect(httpStatusText(502)).toBe("服务器内部错误");
  });
});

describe("firstGraphQLErrorCode", () => {
  it("reads the code of the first GraphQL error and ignores other failures", () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: "地区不存在", extensions: { code: "NOT_FOUND" } }] });
    expect(firstGraphQLErrorCode(error)).toBe("NOT_FOUND");
    expect(firstGraphQLErrorCode(new Error("network down"))).toBeUndefined();
  });
});
