import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { badInput } from "@kepu/domain";
import { Public } from "../../auth/auth-checker.js";
import type { Context } from "../context.js";
import { nodeFetchers } from "../node-registry.js";
import { fromGlobalId } from "./global-id.js";
import { Node } from "./node.type.js";

const MAX_NODES = 100;

async function fetchNode(ctx: Context, id: string): Promise<object | null> {
  const { type, key } = fromGlobalId(id);
  const fetcher = nodeFetchers[type];
  return fetcher ? fetcher(ctx, key) : null;
}

@Resolver()
export class NodeResolver {
  @Public()
  @Query(() => Node, { nullable: true, description: "按全局 ID 取对象；不存在或无权查看时为 null" })
  node(@Arg("id", () => ID) id: string, @Ctx() ctx: Context): Promise<object | null> {
    return fetchNode(ctx, id);
  }

  @Public()
  @Query(() => [Node], { nullable: "items", description: "按全局 ID 批量取对象，最多 100 个" })
  nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() ctx: Context): Promise<(object | null)[]> {
    if (ids.length > MAX_NODES) throw badInput(`ids 最多 ${MAX_NODES} 个`, "ids");
    return Promise.all(ids.map((id) => fetchNode(ctx, id)));
  }
}
