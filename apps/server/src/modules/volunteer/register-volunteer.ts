import type { Tx } from "../../platform/unit-of-work.js";
import { Volunteer } from "./volunteer.entity.js";
import { volunteerRegistered } from "./volunteer.events.js";

export interface NewVolunteer {
  phone: string;
  passwordHash: string;
  nickname?: string | null;
}

/** A fresh, uncertified individual account's row (not yet saved). */
export function newVolunteerRow(v: NewVolunteer, now: Date): Omit<Volunteer, "dbId" | "id" | "certified"> {
  return {
    phone: v.phone,
    passwordHash: v.passwordHash,
    nickname: v.nickname ?? null,
    tier: "INDIVIDUAL",
    managedRegionCode: null,
    realName: null,
    idNumberSealed: null,
    idNumberHash: null,
    idNumberMasked: null,
    regionCode: null,
    workUnit: null,
    certifiedAt: null,
    createdAt: now,
    updatedAt: now,
  };
}

/** The one way an account comes to exist (register, create-admin): the row and its VOLUNTEER_REGISTERED event, in the caller's write. */
export async function registerVolunteer(tx: Tx, v: NewVolunteer): Promise<Volunteer> {
  const repo = tx.em.getRepository(Volunteer);
  const volunteer = repo.create(newVolunteerRow(v, tx.now));
  await repo.insert(volunteer);
  await tx.emit(volunteerRegistered(volunteer.dbId));
  return volunteer;
}
