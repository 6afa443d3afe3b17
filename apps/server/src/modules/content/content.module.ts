import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { CreateContent1764610000000 } from "./1764610000000-create-content.js";
import { Channel, CHANNEL_TYPE, VolunteerChannel } from "./channel.entity.js";
import { ChannelResolver } from "./channel.resolver.js";
import { ChannelService } from "./channel.service.js";
import { Comment, COMMENT_TYPE } from "./comment.entity.js";
import { CommentResolver } from "./comment.resolver.js";
import { CommentService } from "./comment.service.js";
import { Content, CONTENT_TYPE, ContentTag } from "./content.entity.js";
import { ContentFieldsResolver } from "./content-fields.resolver.js";
import { ContentResolver } from "./content.resolver.js";
import { ContentService } from "./content.service.js";
import { CommentLike, ContentDownload, ContentFavourite, ContentLike } from "./engagement.entity.js";
import { EngagementResolver } from "./engagement.resolver.js";

/** Channels, content, comments and engagement (issue 9, part A). Shares and link opens live in the share module. */
export const contentModule: FeatureModule = {
  name: "content",
  resolvers: [ChannelResolver, ContentResolver, ContentFieldsResolver, CommentResolver, EngagementResolver],
  entities: [Channel, VolunteerChannel, Content, ContentTag, Comment, ContentLike, CommentLike, ContentFavourite, ContentDownload],
  migrations: [CreateContent1764610000000],
  nodes: {
    [CONTENT_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new ContentService(rc).findVisible(id);
    },
    [COMMENT_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new CommentService(rc).findVisible(id);
    },
    [CHANNEL_TYPE]: (rc, key) => (rc.actor.kind === "anonymous" ? Promise.resolve(null) : new ChannelService(rc).findVisible(key)),
  },
};
