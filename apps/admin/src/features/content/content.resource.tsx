import { AppstoreOutlined, CommentOutlined, FileTextOutlined } from "@ant-design/icons";
import { lazyPage, type AppResource } from "../../app/resource";

/** 内容管理: the province's and managers' (LOCAL) content; the editor opens over the list (`/content/items/new`, `/content/items/<id>`). */
export const contentsResource: AppResource = {
  key: "contents",
  paths: ["/content/items/:id?"],
  page: lazyPage(() => import("./contents-page"), "ContentsPage"),
  access: "TOWNSHIP_MANAGER",
  menu: { label: "内容管理", icon: <FileTextOutlined />, order: 36, group: "content" },
  shortcuts: [{ text: "编辑、发布和下架资讯与视频，查看点赞、评论、收藏和转发量；省科协可批量导入。" }],
};

/** 频道管理: the province orders, names and enables channels. */
export const channelsResource: AppResource = {
  key: "channels",
  paths: ["/content/channels"],
  page: lazyPage(() => import("./channels-page"), "ChannelsPage"),
  access: "PROVINCE_ADMIN",
  menu: { label: "频道管理", icon: <AppstoreOutlined />, order: 37, group: "content" },
};

/** 评论管理: the moderation queue of the viewer's region. */
export const commentsResource: AppResource = {
  key: "comments",
  paths: ["/content/comments"],
  page: lazyPage(() => import("./comments-page"), "CommentsPage"),
  access: "TOWNSHIP_MANAGER",
  menu: { label: "评论管理", icon: <CommentOutlined />, order: 38, group: "content" },
  shortcuts: [{ text: "查看辖区科普员的评论，屏蔽不当评论并填写理由。" }],
};

/** The content pages, for the registry (app/resources.ts). */
export const contentResources: readonly AppResource[] = [contentsResource, channelsResource, commentsResource];
