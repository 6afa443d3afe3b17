import { ContentKind, ContentSource, ContentStatus } from "@kepu/domain";
import type { ContentFilter } from "../../gql/graphql";

const kinds = Object.values(ContentKind);
const sources = Object.values(ContentSource);
const statuses = Object.values(ContentStatus);

/** What the 内容管理 filter bar holds; `status` "ALL" lists every status the viewer may see (the default). */
export interface ContentFilterValues {
  search?: string;
  channel?: string;
  kind?: ContentKind;
  source?: ContentSource;
  status: ContentStatus | "ALL";
  regionCode?: string;
}

export const defaultContentFilter: ContentFilterValues = { status: "ALL" };

const CHANNEL = /^[a-z][a-z0-9-]{1,31}$/;
const REGION = /^\d{2,12}$/;

/** URL (`q`, `channel`, `kind`, `source`, `status`, `region`) → values; anything malformed falls back to the default. */
export function contentFilterFromParams(params: URLSearchParams): ContentFilterValues {
  const channel = params.get("channel");
  const region = params.get("region");
  return {
    search: params.get("q")?.trim() || undefined,
    channel: channel && CHANNEL.test(channel) ? channel : undefined,
    kind: kinds.find((k) => k === params.get("kind")),
    source: sources.find((s) => s === params.get("source")),
    status: statuses.find((s) => s === params.get("status")) ?? "ALL",
    regionCode: region && REGION.test(region) ? region : undefined,
  };
}

/** Values → URL keys, omitting defaults, so reload and a shared link show the same list. */
export function contentFilterToParams(values: ContentFilterValues): Record<string, string | null> {
  return {
    q: values.search?.trim() || null,
    channel: values.channel ?? null,
    kind: values.kind ?? null,
    source: values.source ?? null,
    status: values.status === "ALL" ? null : values.status,
    region: values.regionCode ?? null,
  };
}

/** Values → the GraphQL `ContentFilter`: staff see every status unless one is chosen (the API's default is published only). */
export function toContentFilter(values: ContentFilterValues): ContentFilter {
  const filter: ContentFilter = { status: values.status === "ALL" ? [...statuses] : [values.status] };
  const search = values.search?.trim();
  if (search) filter.search = search;
  if (values.channel) filter.channel = values.channel;
  if (values.kind) filter.kind = values.kind;
  if (values.source) filter.source = values.source;
  if (values.regionCode) filter.regionCode = values.regionCode;
  return filter;
}
