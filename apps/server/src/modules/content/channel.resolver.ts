import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../../graphql/authorization.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Channel } from "./channel.entity.js";
import { ChannelService } from "./channel.service.js";
import { ChannelInput, ChannelUpdateInput } from "./dto/content.inputs.js";

const service = (rc: RequestContext) => new ChannelService(rc);

@Resolver(() => Channel)
export class ChannelResolver {
  @Authorized()
  @Query(() => [Channel], { description: "频道列表（已启用的，按顺序）；管理员可用 includeDisabled 查看全部" })
  channels(
    @Arg("includeDisabled", () => Boolean, { nullable: true, description: "包含已停用的频道（仅管理员）" }) includeDisabled: boolean | null,
    @Ctx() rc: RequestContext,
  ): Promise<Channel[]> {
    return service(rc).list(includeDisabled ?? false);
  }

  @Authorized()
  @Query(() => [Channel], { description: "我的频道：本人选择的频道（按本人排序）；未选择时为全部已启用频道" })
  myChannels(@Ctx() rc: RequestContext): Promise<Channel[]> {
    return service(rc).mine();
  }

  @Authorized()
  @Mutation(() => [Channel], { description: "设置我的频道（按给出的顺序）；空列表恢复为全部频道" })
  setMyChannels(@Arg("codes", () => [String]) codes: string[], @Ctx() rc: RequestContext): Promise<Channel[]> {
    return service(rc).setMine(codes);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Channel, { description: "新建频道（省科协），排在最后" })
  createChannel(@Arg("input") input: ChannelInput, @Ctx() rc: RequestContext): Promise<Channel> {
    return service(rc).create(input);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => Channel, { description: "修改频道名称或启用状态（省科协）" })
  updateChannel(@Arg("code") code: string, @Arg("input") input: ChannelUpdateInput, @Ctx() rc: RequestContext): Promise<Channel> {
    return service(rc).update(code, input);
  }

  @Authorized(Role.PROVINCE)
  @Mutation(() => [Channel], { description: "调整频道顺序（省科协）：按新顺序列出全部频道代码" })
  reorderChannels(@Arg("codes", () => [String]) codes: string[], @Ctx() rc: RequestContext): Promise<Channel[]> {
    return service(rc).reorder(codes);
  }
}
