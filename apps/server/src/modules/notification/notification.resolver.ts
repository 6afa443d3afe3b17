import { Arg, Args, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import type { RequestContext } from "../../platform/request-context.js";
import { NotificationConnection, NotificationsArgs } from "./dto/notification.inputs.js";
import { NOTIFICATION_TYPE, Notification } from "./notification.entity.js";
import { NotificationService } from "./notification.service.js";

const service = (rc: RequestContext) => new NotificationService(rc);

@Resolver(() => Notification)
export class NotificationResolver {
  @Authorized()
  @Query(() => NotificationConnection, { description: "我的通知（评论回复、评论点赞、管理员申请结果），最新在前" })
  notifications(@Args() { unreadOnly, first, after }: NotificationsArgs, @Ctx() rc: RequestContext) {
    return service(rc).list({ unreadOnly }, { first, after });
  }

  @Authorized()
  @Query(() => Int, { description: "我的未读通知数" })
  unreadNotificationCount(@Ctx() rc: RequestContext): Promise<number> {
    return service(rc).unreadCount();
  }

  @Authorized()
  @Mutation(() => Int, { description: "将通知标记为已读（不传 ids 则全部标记）；返回本次标记的条数" })
  markNotificationsRead(@Arg("ids", () => [ID], { nullable: true }) ids: string[] | null, @Ctx() rc: RequestContext): Promise<number> {
    return service(rc).markRead(ids?.map((id) => intKeyOfGlobalId(id, NOTIFICATION_TYPE, "ids")) ?? null);
  }
}
