import { useEffect, useState, type RefObject } from "react";

/**
 * Current content height of an element. antd's Tree only virtualises (renders the visible rows of a
 * few hundred siblings) when given a pixel `height`, so the tree panel measures itself.
 */
export function useElementHeight(ref: RefObject<HTMLElement | null>, fallback: number): number {
  const [height, setHeight] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setHeight(Math.max(160, Math.floor(entry.contentRect.height)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return height;
}
