import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { AuditAction } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { ConnectionType } from "../../graphql/relay/connection.type.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { AuditLogEntry } from "./audit-log.entity.js";
import { listAudit } from "./audit.service.js";

const AuditLogConnection = ConnectionType(AuditLogEntry, "AuditLogEntry");

@ArgsType()
class AuditLogsArgs extends PageArgs {
  @Field(() => AuditAction, { nullable: true, description: "按操作过滤" }) action?: AuditAction | null;
  @Field(() => String, { nullable: true, description: "按对象类型过滤，如 Volunteer" }) targetType?: string | null;
}

@Resolver(() => AuditLogEntry)
export class AuditResolver {
  @Authorized(Role.PROVINCE)
  @Query(() => AuditLogConnection, { description: "审计日志（省科协），最新在前" })
  auditLogs(@Args() { action, targetType, first, after }: AuditLogsArgs, @Ctx() rc: RequestContext) {
    return listAudit(rc, { action, targetType }, { first, after });
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "操作人；命令行或系统操作为 null" })
  actor(@Root() entry: AuditLogEntry, @Ctx() rc: RequestContext) {
    return entry.actorId ? rc.loaders(createVolunteerLoaders).byId.load(entry.actorId) : null;
  }
}
