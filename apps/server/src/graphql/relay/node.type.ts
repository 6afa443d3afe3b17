import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's object identification: every object has an opaque global id (see global-id.ts). */
@InterfaceType("Node", { description: "有全局 ID 的对象" })
export abstract class Node {
  @Field(() => ID)
  id: string;
}
