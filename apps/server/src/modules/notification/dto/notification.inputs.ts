import { ArgsType, Field } from "type-graphql";
import { ConnectionType } from "../../../graphql/relay/connection.type.js";
import { PageArgs } from "../../../graphql/relay/page.args.js";
import { Notification } from "../notification.entity.js";

export const NotificationConnection = ConnectionType(Notification, "Notification");

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: "true：只列出未读通知" }) unreadOnly?: boolean | null;
}
