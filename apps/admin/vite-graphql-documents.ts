import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";

/** `graphql(\`…\`)` calls of the codegen client preset (one template literal, no interpolation). */
const CALL = /\bgraphql\(\s*`((?:[^`$]|\$(?!\{))*)`\s*,?\s*\)/g;
const IMPORT = /import\s*\{\s*graphql\s*\}\s*from\s*(["'])[^"']*\/gql(?:\/index)?\1;?/;
const DEFINITION = /^\s*(?:#[^\n]*\n\s*)*(query|mutation|subscription|fragment)\s+([_A-Za-z][_0-9A-Za-z]*)/;
/** One generated document per line: `export const MeDocument = {…} as unknown as DocumentNode<…>;` */
const GENERATED = /^export const (\w+) = (\{.*\}) as unknown as DocumentNode</gm;

const generatedFile = fileURLToPath(new URL("./src/gql/graphql.ts", import.meta.url));

/** The name codegen gives a definition's document export. */
function exportName(kind: string, name: string): string {
  return kind === "fragment" ? `${name}FragmentDoc` : `${name}Document`;
}

/**
 * Production builds only: replaces each `graphql(\`query X …\`)` with the document codegen generated
 * for it (the same AST the preset's lookup map returns at run time, fragments included), written
 * into the calling module. Without it every page would load every operation of the console through
 * the map; with it each page's chunk carries just its own. What the preset's babel/swc plugins do,
 * for a build that uses neither.
 */
export function graphqlDocuments(): Plugin {
  let documents = new Map<string, string>();
  return {
    name: "kepu-graphql-documents",
    apply: "build",
    enforce: "pre",
    buildStart() {
      const generated = readFileSync(generatedFile, "utf8");
      documents = new Map([...generated.matchAll(GENERATED)].map((m) => [m[1], m[2]]));
      this.addWatchFile(generatedFile);
    },
    transform(code, id) {
      if (id.includes("/src/gql/") || !IMPORT.test(code)) return null;
      const body = code.replace(CALL, (_call, source: string) => {
        const definition = DEFINITION.exec(source);
        if (!definition) this.error(`graphql() without a named operation or fragment in ${id}`);
        const name = exportName(definition[1], definition[2]);
        const ast = documents.get(name);
        if (!ast) this.error(`${name} is not in src/gql/graphql.ts: run \`npm run codegen -w @kepu/admin\` (${id})`);
        return `(${ast})`;
      });
      if (/\bgraphql\(/.test(body)) this.error(`graphql() call the documents plugin could not replace in ${id}`);
      return { code: body.replace(IMPORT, ""), map: null };
    },
  };
}
