import { useEffect } from "react";

export const APP_NAME = "科普中国信息员管理平台";

/** `页面 · 科普中国信息员管理平台`, so tabs, history and screen readers tell pages apart. */
export function documentTitle(page: string | undefined): string {
  return page ? `${page} · ${APP_NAME}` : APP_NAME;
}

export function useDocumentTitle(page: string | undefined): void {
  useEffect(() => {
    document.title = documentTitle(page);
  }, [page]);
}
