// `npm run codegen:check`: fails when src/gql differs from what codegen makes of the committed
// schema and the operations in src/**/*.graphql.ts. Generates in memory and writes nothing, so it
// is safe to run while other people have uncommitted work.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { relative, resolve } from "node:path";

// The CommonJS build, as the `graphql-codegen` bin uses: the ESM entry resolves other copies of the
// preset's dependencies and generates differently formatted files.
const require = createRequire(import.meta.url);
const { generate, loadContext } = require("@graphql-codegen/cli");

const adminDir = resolve(import.meta.dirname, "..");
process.chdir(adminDir);
const outputDir = resolve(adminDir, "src/gql");

const context = await loadContext(resolve(adminDir, "codegen.ts"));
context.updateConfig({ silent: true });
const outputs = await generate(context, false);

const problems = [];
const expected = new Set();
for (const { filename, content } of outputs) {
  const path = resolve(adminDir, filename);
  expected.add(path);
  if (!existsSync(path)) problems.push(`missing   ${relative(adminDir, path)}`);
  else if (readFileSync(path, "utf8") !== content) problems.push(`outdated  ${relative(adminDir, path)}`);
}
for (const name of existsSync(outputDir) ? readdirSync(outputDir) : []) {
  const path = resolve(outputDir, name);
  if (!expected.has(path)) problems.push(`extra     ${relative(adminDir, path)} (codegen no longer generates it)`);
}

if (problems.length > 0) {
  console.error(
    [
      "codegen:check: apps/admin/src/gql is stale — it is not what the committed schema and operations generate:",
      ...problems.map((p) => `  ${p}`),
      `(schema: ${process.env.SCHEMA_PATH ?? "apps/server/schema.graphql"})`,
      "Fix: npm run codegen -w @kepu/admin, then commit apps/admin/src/gql.",
    ].join("\n"),
  );
  process.exit(1);
}
console.log(`codegen:check: apps/admin/src/gql is up to date (${outputs.length} files).`);
