import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { ActivitySignUp } from "./activity-sign-up.entity.js";
import { Activity } from "./activity.entity.js";

/** Key of one person's sign-up for one activity. */
export const signUpKey = (activityId: number, volunteerId: number): string => `${activityId}:${volunteerId}`;

export function createActivityLoaders(ds: DataSource) {
  return {
    byId: byKeyLoader(ds, Activity, "dbId"),
    signUpById: byKeyLoader(ds, ActivitySignUp, "dbId"),
    /** `signUpKey(activity, volunteer)` → that sign-up (any status); a page's `mySignUp` fields cost one query. */
    signUpOf: new DataLoader<string, ActivitySignUp | null>(async (keys) => {
      const byVolunteer = new Map<number, number[]>();
      for (const key of keys) {
        const [activityId, volunteerId] = key.split(":").map(Number);
        byVolunteer.set(volunteerId, [...(byVolunteer.get(volunteerId) ?? []), activityId]);
      }
      const found = new Map<string, ActivitySignUp>();
      for (const [volunteerId, activityIds] of byVolunteer) {
        const rows = await ds.getRepository(ActivitySignUp).findBy({ volunteerId, activityId: In(activityIds) });
        for (const row of rows) found.set(signUpKey(row.activityId, row.volunteerId), row);
      }
      return keys.map((k) => found.get(k) ?? null);
    }),
  };
}
