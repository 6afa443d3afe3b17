import type { DatabaseSchema } from "../db/data-source.js";
import { migrations as coreMigrations } from "../db/migrations/index.js";
import { featureModules, moduleEntities, moduleMigrations } from "./modules.js";

const timestampOf = (m: new () => unknown): number => Number(/(\d{13})/.exec(m.name)?.[1] ?? 0);

/** The server's tables: every module's entities, and the core and module migrations in timestamp order. */
export function serverSchema(mods = featureModules): DatabaseSchema {
  const migrations = [...coreMigrations, ...moduleMigrations(mods)].sort((a, b) => timestampOf(a) - timestampOf(b));
  return { entities: moduleEntities(mods), migrations };
}
