import type { DataSource } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { PointsAccount, PointsEntry } from "./points-entry.entity.js";
import { CheckInStreak } from "./points-state.entity.js";

/** Per-request loaders: a volunteer's cached account (balance, experience) and streak row, one IN query per batch. */
export function createPointsLoaders(ds: DataSource) {
  return {
    accountByVolunteer: byKeyLoader(ds, PointsAccount, "volunteerId"),
    streakByVolunteer: byKeyLoader(ds, CheckInStreak, "volunteerId"),
    entryById: byKeyLoader(ds, PointsEntry, "dbId"),
  };
}
