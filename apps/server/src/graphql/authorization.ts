import { type AuthChecker, Extensions, getMetadataStorage } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { DomainError, isStaff } from "@kepu/domain";
import type { RequestContext } from "../platform/request-context.js";

/** Roles for `@Authorized(...)`. No role: any signed-in caller. */
export const Role = {
  PROVINCE: "PROVINCE_ADMIN",
  /** a manager of any tier, or the province */
  MANAGER: "MANAGER",
  /** a certified volunteer (or the province) */
  CERTIFIED: "CERTIFIED",
} as const;

/** Marks an operation anyone may call. Every root operation carries either this or @Authorized. */
export const Public = () => Extensions({ public: true });

/** Reads only the actor: the same check for a session, an API key (later) or the system. */
export const authChecker: AuthChecker<RequestContext> = ({ context }, roles) => {
  const actor = context.actor;
  if (actor.kind === "anonymous") throw new DomainError("UNAUTHENTICATED", "请先登录");
  if (actor.kind === "system") return true;
  if (actor.kind !== "volunteer") throw new DomainError("FORBIDDEN");
  const { tier } = actor;
  const ok = roles.every((role) => {
    switch (role) {
      case Role.PROVINCE:
        return tier === "PROVINCE_ADMIN";
      case Role.MANAGER:
        return isStaff(actor);
      case Role.CERTIFIED:
        return tier === "PROVINCE_ADMIN" || actor.certified;
      default:
        return false;
    }
  });
  if (!ok) throw new DomainError("FORBIDDEN", roles.includes(Role.CERTIFIED) ? "请先完成实名认证" : "没有权限执行此操作");
  return true;
};

/**
 * Deny by default: refuses to start when a query or mutation has neither @Authorized nor
 * @Public, so a new operation cannot ship unguarded by accident.
 */
export function assertEveryOperationGuarded(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const authorized = new Set(storage.authorizedFields.map((a) => `${a.target.name}.${a.fieldName}`));
  const unguarded: string[] = [];
  for (const op of [...storage.queries, ...storage.mutations]) {
    const root = storage.queries.includes(op) ? schema.getQueryType() : schema.getMutationType();
    const field = root?.getFields()[op.schemaName];
    if (!field) continue; // resolver class not part of this schema
    if (field.extensions?.public === true) continue;
    if (!authorized.has(`${op.target.name}.${op.methodName}`)) unguarded.push(op.schemaName);
  }
  if (unguarded.length) throw new Error(`operations without an authorization rule: ${unguarded.join(", ")}`);
}
