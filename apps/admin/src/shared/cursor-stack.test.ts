import { describe, expect, it } from "vitest";
import { currentCursor, cursorStackReducer, initialCursorStack, pageCount, pageNumber } from "./cursor-stack";

describe("cursorStackReducer", () => {
  it("pushes end cursors going forward and pops them going back", () => {
    let stack = initialCursorStack;
    stack = cursorStackReducer(stack, { type: "next", endCursor: "c20" });
    stack = cursorStackReducer(stack, { type: "next", endCursor: "c40" });
    expect(currentCursor(stack)).toBe("c40");
    expect(pageNumber(stack)).toBe(3);

    stack = cursorStackReducer(stack, { type: "previous" });
    expect(currentCursor(stack)).toBe("c20");
    stack = cursorStackReducer(stack, { type: "previous" });
    expect(currentCursor(stack)).toBeNull();
    expect(pageNumber(stack)).toBe(1);
  });

  it("never pops the first page and ignores a missing end cursor", () => {
    expect(cursorStackReducer(initialCursorStack, { type: "previous" })).toBe(initialCursorStack);
    expect(cursorStackReducer(initialCursorStack, { type: "next", endCursor: null })).toBe(initialCursorStack);
    expect(cursorStackReducer(initialCursorStack, { type: "next", endCursor: undefined })).toBe(initialCursorStack);
  });

  it("resets to the first page", () => {
    const deep = cursorStackReducer(initialCursorStack, { type: "next", endCursor: "x" });
    expect(cursorStackReducer(deep, { type: "reset" })).toEqual([null]);
    expect(cursorStackReducer(initialCursorStack, { type: "reset" })).toBe(initialCursorStack);
  });
});

describe("pageCount", () => {
  it("rounds up and shows at least one page", () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(20, 20)).toBe(1);
    expect(pageCount(21, 20)).toBe(2);
    expect(pageCount(201, 20)).toBe(11);
  });
});
