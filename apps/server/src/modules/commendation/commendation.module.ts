import type { FeatureModule } from "../../app/feature-module.js";
import { parseIntKey } from "../../graphql/relay/global-id.js";
import { isStaff, personOf } from "@kepu/domain";
import {
  CommendationCityFieldsResolver,
  CommendationNominationFieldsResolver,
  CommendationRoundFieldsResolver,
  HonourRollEntryFieldsResolver,
} from "./commendation-fields.resolver.js";
import {
  DemonstrationEligibilityFieldsResolver,
  DemonstrationRowFieldsResolver,
  TopVolunteerFieldsResolver,
} from "./ranking-fields.resolver.js";
import {
  COMMENDATION_ROUND_TYPE,
  CommendationCity,
  CommendationNomination,
  CommendationRound,
  NOMINATION_TYPE,
} from "./commendation.entity.js";
import { createCommendationLoaders } from "./commendation.loaders.js";
import { CommendationResolver } from "./commendation.resolver.js";
import { CommendationService } from "./commendation.service.js";
import { honourRollExport } from "./honour-roll-export.js";
import { CreateCommendation1764740000000 } from "./migrations/1764740000000-create-commendation.js";

/**
 * 年度表彰 and the rankings behind it (issue 12): rounds with per-city quotas, nominations, the
 * published honour roll (query and export), the individuals' league table and 科普示范 eligibility.
 */
export const commendationModule: FeatureModule = {
  name: "commendation",
  resolvers: [
    CommendationResolver,
    CommendationRoundFieldsResolver,
    CommendationCityFieldsResolver,
    CommendationNominationFieldsResolver,
    HonourRollEntryFieldsResolver,
    TopVolunteerFieldsResolver,
    DemonstrationRowFieldsResolver,
    DemonstrationEligibilityFieldsResolver,
  ],
  entities: [CommendationRound, CommendationCity, CommendationNomination],
  migrations: [CreateCommendation1764740000000],
  nodes: {
    // Rounds are staff business (like the commendationRound query); nominations follow their scope.
    [COMMENDATION_ROUND_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      const person = personOf(rc.actor);
      if (id === null || (rc.actor.kind !== "system" && !(person && isStaff(person)))) return null;
      return rc.loaders(createCommendationLoaders).roundById.load(id);
    },
    [NOMINATION_TYPE]: async (rc, key) => {
      const id = parseIntKey(key);
      return id === null ? null : new CommendationService(rc).findVisible(id);
    },
  },
  exports: [honourRollExport],
};
