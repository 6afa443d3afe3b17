import type { MigrationInterface } from "typeorm";
import type { JobDefinition } from "../jobs/job.js";
import type { EventConsumer } from "../platform/events/event-bus.js";
import type { ExportDefinition } from "../platform/export/export-definition.js";
import type { RequestContext } from "../platform/request-context.js";

/**
 * How `node(id)` finds one type. A fetcher applies the same authorization as the type's own
 * queries (null when the caller may not see it), so `node` is never a side door.
 */
export type NodeFetcher = (rc: RequestContext, key: string) => Promise<object | null>;

// type-graphql and TypeORM take classes; their constructors' arguments are theirs to know.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Class = Function;

/**
 * Everything a feature brings, in one place (`<feature>.module.ts`); the server collects the list
 * in app/modules.ts. See the README's "new feature checklist".
 */
export interface FeatureModule {
  name: string;
  /** type-graphql resolver classes */
  resolvers?: readonly Class[];
  /** TypeORM entity classes */
  entities?: readonly Class[];
  /** migrations this feature adds (named `<timestamp>-<what>.ts`; run in timestamp order with everyone's) */
  migrations?: readonly (new () => MigrationInterface)[];
  /** global-id type name → fetcher, for `node(id)` / `nodes(ids)` */
  nodes?: Readonly<Record<string, NodeFetcher>>;
  /** readers of the event outbox */
  consumers?: readonly EventConsumer[];
  /** scheduled work */
  jobs?: readonly JobDefinition[];
  /** downloadable tables, served as `/exports/<name>.csv|.xlsx` */
  exports?: readonly ExportDefinition[];
}
