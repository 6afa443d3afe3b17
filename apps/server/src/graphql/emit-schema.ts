import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createSchema, printSortedSchema } from "./schema.js";

/** `npm run schema`: rewrites apps/server/schema.graphql (a test fails when it is stale). */
const target = resolve(fileURLToPath(import.meta.url), "..", "..", "..", "schema.graphql");
writeFileSync(target, printSortedSchema(await createSchema()));
console.log(`wrote ${target}`);
