import { isProvince } from "@kepu/domain";
import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { AUDIT_LOG_TYPE, AuditLogEntry } from "./audit-log.entity.js";
import { auditConsumer } from "./audit.consumer.js";
import { AuditResolver } from "./audit.resolver.js";

export const auditModule: FeatureModule = {
  name: "audit",
  resolvers: [AuditResolver],
  entities: [AuditLogEntry],
  consumers: [auditConsumer],
  nodes: {
    [AUDIT_LOG_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      if (id === null || !(isProvince(rc.actor) || rc.actor.kind === "system")) return null;
      return rc.ds.getRepository(AuditLogEntry).findOneBy({ dbId: id });
    },
  },
};
