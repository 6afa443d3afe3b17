import type { DataSource } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { ManagerApplication } from "./manager-application.entity.js";

export function createManagerApplicationLoaders(ds: DataSource) {
  return { byId: byKeyLoader(ds, ManagerApplication, "dbId") };
}
