import { fileURLToPath } from "node:url";

export const serverMain = fileURLToPath(new URL("../../../server/dist/main.js", import.meta.url));
export const adminDist = fileURLToPath(new URL("../../dist/", import.meta.url));
export const testResults = fileURLToPath(new URL("../../test-results/", import.meta.url));
