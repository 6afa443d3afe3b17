import type { DataSource } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { Volunteer } from "./volunteer.entity.js";

export function createVolunteerLoaders(ds: DataSource) {
  return { byId: byKeyLoader(ds, Volunteer, "dbId") };
}
