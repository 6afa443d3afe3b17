import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { CreateNotification1764630000000 } from "./1764630000000-create-notification.js";
import { notificationConsumer } from "./notification.consumer.js";
import { NOTIFICATION_TYPE, Notification } from "./notification.entity.js";
import { NotificationResolver } from "./notification.resolver.js";
import { NotificationService } from "./notification.service.js";

export const notificationModule: FeatureModule = {
  name: "notification",
  resolvers: [NotificationResolver],
  entities: [Notification],
  migrations: [CreateNotification1764630000000],
  consumers: [notificationConsumer],
  nodes: {
    [NOTIFICATION_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new NotificationService(rc).findOwn(id);
    },
  },
};
