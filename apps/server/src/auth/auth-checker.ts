import { type AuthChecker, Extensions, getMetadataStorage } from "type-graphql";
import type { GraphQLSchema } from "graphql";
import { isManagerTier } from "@kepu/domain";
import type { Context } from "../graphql/context.js";
import { appError } from "../graphql/errors.js";

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

export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  const viewer = context.viewer;
  if (!viewer) throw appError("UNAUTHENTICATED", "请先登录");
  const { tier } = viewer.actor;
  const ok = roles.every((role) => {
    switch (role) {
      case Role.PROVINCE: return tier === "PROVINCE_ADMIN";
      case Role.MANAGER: return tier === "PROVINCE_ADMIN" || (isManagerTier(tier) && viewer.actor.managedRegionCode !== null);
      case Role.CERTIFIED: return tier === "PROVINCE_ADMIN" || viewer.volunteer.certifiedAt !== null;
      default: return false;
    }
  });
  if (!ok) throw appError("FORBIDDEN", roles.includes(Role.CERTIFIED) ? "请先完成实名认证" : "没有权限执行此操作");
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
