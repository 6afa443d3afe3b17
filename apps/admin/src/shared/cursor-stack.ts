/**
 * Relay connections only page forward (`first`/`after`), so "上一页" is served by remembering the
 * `after` cursor each visited page was fetched with. The stack's top is the current page's cursor;
 * the bottom is always `null` (the first page).
 */
export type CursorStack = readonly (string | null)[];

export const initialCursorStack: CursorStack = [null];

export type CursorStackAction = { type: "next"; endCursor: string | null | undefined } | { type: "previous" } | { type: "reset" };

export function cursorStackReducer(stack: CursorStack, action: CursorStackAction): CursorStack {
  switch (action.type) {
    case "next":
      // A page without an end cursor has no successor; ignoring keeps the stack consistent.
      return action.endCursor ? [...stack, action.endCursor] : stack;
    case "previous":
      return stack.length > 1 ? stack.slice(0, -1) : stack;
    case "reset":
      return stack.length === 1 && stack[0] === null ? stack : initialCursorStack;
  }
}

/** The `after` argument for the current page. */
export function currentCursor(stack: CursorStack): string | null {
  return stack[stack.length - 1] ?? null;
}

/** 1-based number of the current page. */
export function pageNumber(stack: CursorStack): number {
  return stack.length;
}

export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}
