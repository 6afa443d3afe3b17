import { expect } from "vitest";
import { DomainError, ErrorCode } from "../errors.js";

/** Runs `fn`, asserts it throws a DomainError with BAD_USER_INPUT (and `field`, when given), returns the error. */
export function expectBadInput(fn: () => unknown, field?: string | null): DomainError {
  let caught: unknown;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  expect(caught, "expected a throw").toBeDefined();
  expect(caught).toBeInstanceOf(DomainError);
  const err = caught as DomainError;
  expect(err.code).toBe(ErrorCode.BAD_USER_INPUT);
  if (field !== undefined) expect(err.field).toBe(field ?? undefined);
  return err;
}
