import {
  contentKindLabels,
  contentSourceLabels,
  contentStatusLabels,
  type ContentKind,
  type ContentSource,
  type ContentStatus,
} from "@kepu/domain";
import { Tag } from "antd";

const statusColors: Record<ContentStatus, string> = { DRAFT: "default", PUBLISHED: "success", UNPUBLISHED: "warning" };

export function ContentStatusTag({ status }: { status: ContentStatus }) {
  return <Tag color={statusColors[status]}>{contentStatusLabels[status]}</Tag>;
}

export function ContentKindTag({ kind }: { kind: ContentKind }) {
  return <Tag color={kind === "VIDEO" ? "purple" : "blue"}>{contentKindLabels[kind]}</Tag>;
}

export const sourceLabel = (source: ContentSource) => contentSourceLabels[source];
