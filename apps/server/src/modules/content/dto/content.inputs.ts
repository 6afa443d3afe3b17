import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { CommentStatus, ContentKind, ContentSource, ContentStatus } from "@kepu/domain";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { LocalDateScalar } from "../../../graphql/scalars.js";
import { Comment } from "../comment.entity.js";
import { Content } from "../content.entity.js";

export const ContentConnection = ConnectionType(Content, "Content");
export const CommentConnection = ConnectionType(Comment, "Comment");

export const ContentImportFormat = { JSONL: "JSONL", CSV: "CSV" } as const;
registerEnumType(ContentImportFormat, {
  name: "ContentImportFormat",
  description: "导入格式",
  valuesConfig: { JSONL: { description: "每行一个 JSON 对象" }, CSV: { description: "首行为列名的 CSV" } },
});

@InputType({ description: "内容（创建或修改）" })
export class ContentInput {
  @Field(() => ContentKind) kind: ContentKind;
  @Field({ description: "标题，最多 120 字" }) title: string;
  @Field(() => String, { nullable: true, description: "正文（富文本 HTML，保存前按白名单清洗；最多 200,000 字符）；资讯必填" })
  body?: string | null;
  @Field({ description: "频道代码" }) channel: string;
  @Field(() => ContentSource, { description: "来源；管理员只能发布 LOCAL（地方原创）" }) source: ContentSource;
  @Field(() => String, { nullable: true, description: "摘要，最多 500 字" }) summary?: string | null;
  @Field(() => String, { nullable: true, description: "封面图片地址（http/https）" }) coverUrl?: string | null;
  @Field(() => String, { nullable: true, description: "视频地址（http/https）；视频必填" }) videoUrl?: string | null;
  @Field(() => Int, { nullable: true, description: "视频时长（秒）" }) durationSeconds?: number | null;
  @Field(() => [String], { nullable: true, description: "标签，最多 10 个" }) tags?: string[] | null;
  @Field(() => String, { nullable: true, description: "所属地区代码；LOCAL 必填，管理员默认为其管辖地区" }) regionCode?: string | null;
  @Field(() => Date, { nullable: true, description: "推荐截止时间" }) featuredUntil?: Date | null;
  @Field(() => String, { nullable: true, description: "外部编号（导入去重用）；修改时不传则保持不变" }) externalId?: string | null;
}

@InputType({ description: "内容筛选条件" })
export class ContentFilter {
  @Field(() => String, { nullable: true, description: "频道代码" }) channel?: string | null;
  @Field(() => ContentKind, { nullable: true }) kind?: ContentKind | null;
  @Field(() => ContentSource, { nullable: true }) source?: ContentSource | null;
  @Field(() => String, { nullable: true, description: "标签" }) tag?: string | null;
  @Field(() => String, { nullable: true, description: "按标题、摘要搜索" }) search?: string | null;
  @Field(() => String, { nullable: true, description: "所属地区代码（含全部下级）" }) regionCode?: string | null;
  @Field(() => [ContentStatus], { nullable: true, description: "状态，默认仅已发布；其他状态仅管理员可查（限管辖范围）" })
  status?: ContentStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: "true：仅推荐中的内容" }) featured?: boolean | null;
}

@InputType({ description: "新建频道" })
export class ChannelInput {
  @Field({ description: "频道代码：2–32 位小写字母、数字或连字符" }) code: string;
  @Field({ description: "频道名称" }) name: string;
  @Field(() => Boolean, { nullable: true, description: "是否启用，默认启用" }) enabled?: boolean | null;
}

@InputType({ description: "修改频道" })
export class ChannelUpdateInput {
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Boolean, { nullable: true }) enabled?: boolean | null;
}

@InputType({ description: "发表评论" })
export class CommentInput {
  @Field(() => ID) contentId: string;
  @Field({ description: "评论内容：纯文本，1–500 字，不能包含 HTML 标签" }) body: string;
  @Field(() => ID, { nullable: true, description: "回复的评论；回复“回复”时挂在其所属的顶层评论下" }) parentId?: string | null;
  @Field(() => String, { nullable: true, description: "客户端幂等键：重试时返回首次创建的评论" }) idempotencyKey?: string | null;
}

@InputType({ description: "评论管理筛选条件" })
export class CommentModerationFilter {
  @Field(() => String, { nullable: true, description: "评论者所在地区代码（含下级），须在管辖范围内" }) regionCode?: string | null;
  @Field(() => CommentStatus, { nullable: true }) status?: CommentStatus | null;
  @Field(() => ID, { nullable: true }) contentId?: string | null;
  @Field(() => String, { nullable: true, description: "按评论内容搜索" }) search?: string | null;
}

@InputType({ description: "批量导入内容（省科协）" })
export class ContentImportInput {
  @Field({
    description:
      "JSONL 或 CSV 文本，最多 2,000 行；列：externalId, kind, title, summary, body, channel, source, coverUrl, videoUrl, durationSeconds, tags, regionCode, publishedAt, featuredUntil",
  })
  text: string;
  @Field(() => ContentImportFormat, { nullable: true, description: "不填则自动识别" }) format?: keyof typeof ContentImportFormat | null;
  @Field(() => Boolean, { nullable: true, description: "新内容是否直接发布，默认 true；已有内容保持原状态" }) publish?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: "试运行：只校验、不写入" }) dryRun?: boolean | null;
}

@ObjectType({ description: "被拒绝的导入行" })
export class ContentImportRejection {
  @Field(() => Int, { description: "行号（从 1 开始，含表头）" }) line: number;
  @Field(() => String, { nullable: true }) externalId: string | null;
  @Field({ description: "原因" }) reason: string;
}

@ObjectType({ description: "导入结果" })
export class ContentImportResult {
  @Field(() => Int, { description: "读到的数据行数" }) total: number;
  @Field(() => Int) created: number;
  @Field(() => Int) updated: number;
  @Field(() => Int, { description: "与已有内容完全相同、未写入的行数" }) unchanged: number;
  @Field(() => [ContentImportRejection]) rejected: ContentImportRejection[];
  @Field() dryRun: boolean;
}

@ObjectType({ description: "离线下载记录" })
export class ContentDownloadResult {
  @Field(() => Content) content: Content;
  @Field(() => LocalDateScalar, { description: "记录日期（Asia/Shanghai）" }) day: string;
  @Field({ description: "是否计入（同一人同一内容每天只计一次）" }) counted: boolean;
}
