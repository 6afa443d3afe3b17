import { useCallback, useState } from "react";
import {
  cursorStackReducer,
  currentCursor,
  initialCursorStack,
  pageNumber,
  type CursorStack,
  type CursorStackAction,
} from "./cursor-stack";

export interface CursorPagination {
  /** `after` for the page to fetch now. */
  after: string | null;
  page: number;
  canGoBack: boolean;
  next: (endCursor: string | null | undefined) => void;
  previous: () => void;
}

interface KeyedStack {
  key: string | undefined;
  stack: CursorStack;
}

/**
 * Forward-only cursor paging with a back stack. `resetKey` (e.g. the parent region's code) starts
 * over at page 1 whenever the list being paged changes. The stack is tagged with its key and
 * ignored on mismatch — resetting in an effect would first fetch the new list with the old list's
 * cursor, which the server rightly rejects.
 */
export function useCursorPagination(resetKey: string | undefined): CursorPagination {
  const [state, setState] = useState<KeyedStack>({ key: resetKey, stack: initialCursorStack });
  const stack = state.key === resetKey ? state.stack : initialCursorStack;

  const apply = useCallback(
    (action: CursorStackAction) =>
      setState((prev) => ({
        key: resetKey,
        stack: cursorStackReducer(prev.key === resetKey ? prev.stack : initialCursorStack, action),
      })),
    [resetKey],
  );
  const next = useCallback((endCursor: string | null | undefined) => apply({ type: "next", endCursor }), [apply]);
  const previous = useCallback(() => apply({ type: "previous" }), [apply]);

  return { after: currentCursor(stack), page: pageNumber(stack), canGoBack: stack.length > 1, next, previous };
}
