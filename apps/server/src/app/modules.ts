import { activityModule } from "../modules/activity/activity.module.js";
import { auditModule } from "../modules/audit/audit.module.js";
import { commendationModule } from "../modules/commendation/commendation.module.js";
import { bulletinModule } from "../modules/bulletin/bulletin.module.js";
import { authModule } from "../modules/auth/auth.module.js";
import { contentModule } from "../modules/content/content.module.js";
import { kpiModule } from "../modules/kpi/kpi.module.js";
import { mallModule } from "../modules/mall/mall.module.js";
import { managerApplicationModule } from "../modules/manager-application/manager-application.module.js";
import { notificationModule } from "../modules/notification/notification.module.js";
import { shareModule } from "../modules/share/share.module.js";
import { pointsModule } from "../modules/points/points.module.js";
import { regionModule } from "../modules/region/region.module.js";
import { societyModule } from "../modules/society/society.module.js";
import { volunteerModule } from "../modules/volunteer/volunteer.module.js";
import { coreModule } from "./core.module.js";
import type { FeatureModule, NodeFetcher } from "./feature-module.js";
import type { ExportDefinition } from "../platform/export/export-definition.js";

/** Every feature of the server: the one list a new module is added to (README, new feature checklist). */
export const featureModules: readonly FeatureModule[] = [
  coreModule,
  regionModule,
  authModule,
  volunteerModule,
  managerApplicationModule,
  auditModule,
  contentModule,
  societyModule,
  pointsModule,
  mallModule,
  notificationModule,
  shareModule,
  activityModule,
  kpiModule,
  commendationModule,
  bulletinModule,
];

export const moduleResolvers = (mods = featureModules) => mods.flatMap((m) => m.resolvers ?? []);
export const moduleEntities = (mods = featureModules) => mods.flatMap((m) => m.entities ?? []);
export const moduleConsumers = (mods = featureModules) => mods.flatMap((m) => m.consumers ?? []);
export const moduleJobs = (mods = featureModules) => mods.flatMap((m) => m.jobs ?? []);

/** Migrations of the modules, to run in timestamp order with the core list (db/migrations). */
export const moduleMigrations = (mods = featureModules) => mods.flatMap((m) => m.migrations ?? []);

export function moduleNodes(mods = featureModules): ReadonlyMap<string, NodeFetcher> {
  const nodes = new Map<string, NodeFetcher>();
  for (const m of mods) {
    for (const [type, fetcher] of Object.entries(m.nodes ?? {})) {
      if (nodes.has(type)) throw new Error(`node type ${type} declared by two modules`);
      nodes.set(type, fetcher);
    }
  }
  return nodes;
}

/** Downloadable tables by URL name (`/exports/<name>.csv|.xlsx`); a name declared twice fails the boot. */
export function moduleExports(mods = featureModules): ReadonlyMap<string, ExportDefinition> {
  const exports = new Map<string, ExportDefinition>();
  for (const m of mods) {
    for (const definition of m.exports ?? []) {
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(definition.name)) throw new Error(`export name ${definition.name} is not kebab-case`);
      if (exports.has(definition.name)) throw new Error(`export ${definition.name} declared by two modules`);
      exports.set(definition.name, definition);
    }
  }
  return exports;
}
