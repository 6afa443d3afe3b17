import DataLoader from "dataloader";
import { type DataSource, In } from "typeorm";
import { byKeyLoader } from "../../db/by-key-loader.js";
import { CommendationCity, CommendationNomination, CommendationRound } from "./commendation.entity.js";

/** Per-request loaders of the commendation module: a page of nominations asks for its round and cities once. */
export function createCommendationLoaders(ds: DataSource) {
  return {
    roundById: byKeyLoader(ds, CommendationRound, "dbId"),
    nominationById: byKeyLoader(ds, CommendationNomination, "dbId"),
    /** round id → its city rows (18 per round), in code order */
    citiesOfRound: new DataLoader<number, CommendationCity[]>(async (roundIds) => {
      const rows = await ds.getRepository(CommendationCity).find({ where: { roundId: In([...roundIds]) }, order: { cityCode: "ASC" } });
      return roundIds.map((id) => rows.filter((r) => r.roundId === id));
    }),
  };
}

export type CommendationLoaders = ReturnType<typeof createCommendationLoaders>;
