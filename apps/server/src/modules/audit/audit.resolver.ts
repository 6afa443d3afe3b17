import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, Query, Resolver, Root } from "type-graphql";
import { Role } from "../../auth/auth-checker.js";
import type { Context } from "../../graphql/context.js";
import { ConnectionType } from "../../graphql/relay/connection.type.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { AuditLogEntry } from "./audit-log.entity.js";
import { listAudit } from "./audit.service.js";

const AuditLogConnection = ConnectionType(AuditLogEntry, "AuditLogEntry");

@ArgsType()
class AuditLogsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: "按操作过滤，如 MANAGER_APPLICATION_APPROVED" }) action?: string | null;
  @Field(() => String, { nullable: true, description: "按对象类型过滤，如 Volunteer" }) targetType?: string | null;
}

@Resolver(() => AuditLogEntry)
export class AuditResolver {
  @Authorized(Role.PROVINCE)
  @Query(() => AuditLogConnection, { description: "审计日志（省科协），最新在前" })
  auditLogs(@Args() { action, targetType, first, after }: AuditLogsArgs, @Ctx() ctx: Context) {
    return listAudit(ctx.ds, { action, targetType }, { first, after });
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "操作人；命令行或系统操作为 null" })
  actor(@Root() entry: AuditLogEntry, @Ctx() ctx: Context) {
    return entry.actorId ? ctx.loaders.volunteer.byId.load(entry.actorId) : null;
  }
}
