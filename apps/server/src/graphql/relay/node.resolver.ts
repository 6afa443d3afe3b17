import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import { badInput } from "@kepu/domain";
import type { NodeFetcher } from "../../app/feature-module.js";
import type { RequestContext } from "../../platform/request-context.js";
import { Public } from "../authorization.js";
import { fromGlobalId } from "./global-id.js";
import { Node } from "./node.type.js";

const MAX_NODES = 100;

/** `node` / `nodes` over the fetchers the modules declare; each fetcher applies its type's own authorization. */
export function createNodeResolver(fetchers: ReadonlyMap<string, NodeFetcher>) {
  const fetchNode = (rc: RequestContext, id: string): Promise<object | null> => {
    const { type, key } = fromGlobalId(id);
    const fetcher = fetchers.get(type);
    return fetcher ? fetcher(rc, key) : Promise.resolve(null);
  };

  @Resolver()
  class NodeResolver {
    @Public()
    @Query(() => Node, { nullable: true, description: "按全局 ID 取对象；不存在或无权查看时为 null" })
    node(@Arg("id", () => ID) id: string, @Ctx() rc: RequestContext): Promise<object | null> {
      return fetchNode(rc, id);
    }

    @Public()
    @Query(() => [Node], { nullable: "items", description: "按全局 ID 批量取对象，最多 100 个" })
    nodes(@Arg("ids", () => [ID]) ids: string[], @Ctx() rc: RequestContext): Promise<(object | null)[]> {
      if (ids.length > MAX_NODES) throw badInput(`ids 最多 ${MAX_NODES} 个`, "ids");
      return Promise.all(ids.map((id) => fetchNode(rc, id)));
    }
  }
  return NodeResolver;
}
