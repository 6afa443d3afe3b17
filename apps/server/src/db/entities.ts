import { Region } from "../modules/region/region.entity.js";

export const entities = [Region];
