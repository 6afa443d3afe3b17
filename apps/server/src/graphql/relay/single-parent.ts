import { DomainError } from "@kepu/domain";
import type { GraphQLResolveInfo } from "graphql";

/**
 * For nested lists served by one statement per parent: allowed under a single object (a detail
 * query, `node`, a mutation's result), refused under a list of parents, where it would cost one
 * statement per row (N+1). The path shows it: a list item's index is a number.
 */
export function assertSingleParent(info: GraphQLResolveInfo, field: string): void {
  for (let p = info.path.prev; p; p = p.prev) {
    if (typeof p.key === "number") {
      throw new DomainError("BAD_USER_INPUT", `${field} 只能在查询单个对象时选取（列表中请打开详情再查询）`, field);
    }
  }
}
