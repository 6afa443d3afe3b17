import { describe, it, expect } from "vitest";
import { DomainError, ErrorCode, badInput, errorMessages } from "../errors.js";

describe("DomainError", () => {
  it("is an Error named DomainError carrying code and field", () => {
    const e = new DomainError(ErrorCode.CONFLICT, "dup", "idNumber");
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(DomainError);
    expect(e.name).toBe("DomainError");
    expect(e.code).toBe("CONFLICT");
    expect(e.message).toBe("dup");
    expect(e.field).toBe("idNumber");
  });

  it("defaults the message to the zh-CN text of its code and leaves field undefined", () => {
    const e = new DomainError(ErrorCode.INSUFFICIENT_POINTS);
    expect(e.message).toBe("积分不足");
    expect(e.message).toBe(errorMessages.INSUFFICIENT_POINTS);
    expect(e.field).toBeUndefined();
  });

  it("has a non-empty default message for every code, keyed by the code itself", () => {
    for (const [key, code] of Object.entries(ErrorCode)) {
      expect(code).toBe(key);
      expect(errorMessages[code]).toMatch(/\S/);
    }
    expect(Object.keys(errorMessages).sort()).toEqual(Object.values(ErrorCode).sort());
  });

  it("badInput builds a BAD_USER_INPUT DomainError with message and field", () => {
    const e = badInput("wrong", "phone");
    expect(e).toBeInstanceOf(DomainError);
    expect(e.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(e.message).toBe("wrong");
    expect(e.field).toBe("phone");
    expect(badInput("x").field).toBeUndefined();
  });
});
