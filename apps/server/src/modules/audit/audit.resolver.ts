import { Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { AuditAction } from "@kepu/domain";
import { Role } from "../../graphql/authorization.js";
import { ConnectionType } from "../../graphql/relay/connection.type.js";
import { PageArgs } from "../../graphql/relay/page.args.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Volunteer } from "../volunteer/volunteer.entity.js";
import { createVolunteerLoaders } from "../volunteer/volunteer.loaders.js";
import { AuditLogEntry } from "./audit-log.entity.js";
import { listAudit, personLabel } from "./audit.service.js";
import { LocalDateScalar } from "../../graphql/scalars.js";
import { intKeyOfGlobalId } from "../../graphql/relay/global-id.js";
import { VOLUNTEER_TYPE } from "../volunteer/volunteer.entity.js";
import { createRegionLoaders } from "../region/region.loaders.js";
import { createManagerApplicationLoaders } from "../manager-application/manager-application.loaders.js";

const AuditLogConnection = ConnectionType(AuditLogEntry, "AuditLogEntry");

@ArgsType()
class AuditLogsArgs extends PageArgs {
  @Field(() => AuditAction, { nullable: true, description: "按操作过滤" }) action?: AuditAction | null;
  @Field(() => String, { nullable: true, description: "按对象类型过滤，如 Volunteer" }) targetType?: string | null;
  @Field(() => String, { nullable: true, description: "按对象编号过滤（与 targetType 同用）" }) targetId?: string | null;
  @Field(() => ID, { nullable: true, description: "按操作人（科普员 ID）过滤" }) actorId?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "操作日期起（含）" }) from?: string | null;
  @Field(() => LocalDateScalar, { nullable: true, description: "操作日期止（不含）" }) to?: string | null;
}

@Resolver(() => AuditLogEntry)
export class AuditResolver {
  @Authorized(Role.PROVINCE)
  @Query(() => AuditLogConnection, { description: "审计日志（省科协），最新在前" })
  auditLogs(@Args() { action, targetType, targetId, actorId, from, to, first, after }: AuditLogsArgs, @Ctx() rc: RequestContext) {
    const actor = actorId ? intKeyOfGlobalId(actorId, VOLUNTEER_TYPE, "actorId") : null;
    return listAudit(rc, { action, targetType, targetId, actorId: actor, from, to }, { first, after });
  }

  @FieldResolver(() => String, { nullable: true, description: "对象的名称（科普员姓名、申请人及地区、地区名称），已删除或未知时为 null" })
  async targetLabel(@Root() entry: AuditLogEntry, @Ctx() rc: RequestContext): Promise<string | null> {
    const id = Number(entry.targetId);
    switch (entry.targetType) {
      case "Volunteer": {
        const v = Number.isInteger(id) ? await rc.loaders(createVolunteerLoaders).byId.load(id) : null;
        return v ? personLabel(v) : null;
      }
      case "ManagerApplication": {
        const app = Number.isInteger(id) ? await rc.loaders(createManagerApplicationLoaders).byId.load(id) : null;
        if (!app) return null;
        const [applicant, region] = await Promise.all([
          rc.loaders(createVolunteerLoaders).byId.load(app.applicantId),
          rc.loaders(createRegionLoaders).byCode.load(app.regionCode),
        ]);
        return `${applicant ? personLabel(applicant) : "申请人"}的申请（${region?.name ?? app.regionCode}）`;
      }
      case "Region":
        return (await rc.loaders(createRegionLoaders).byCode.load(entry.targetId))?.name ?? null;
      default:
        return null;
    }
  }

  @FieldResolver(() => Volunteer, { nullable: true, description: "操作人；命令行或系统操作为 null" })
  actor(@Root() entry: AuditLogEntry, @Ctx() rc: RequestContext) {
    return entry.actorId ? rc.loaders(createVolunteerLoaders).byId.load(entry.actorId) : null;
  }
}
