// Transitional re-exports while the auth module moves to RequestContext; removed once nothing imports them.
export type { AppServices } from "../platform/app-services.js";
export type { RequestContext as Context } from "../platform/request-context.js";

export interface RequestMeta {
  requestId: string;
  ip: string | null;
  userAgent: string | null;
}
