import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is committed by the server (`npm run schema`); SCHEMA_PATH lets the SPA be generated
// against another copy (e.g. a draft) without touching the server folder.
const schema = process.env.SCHEMA_PATH ?? "../server/schema.graphql";

const config: CodegenConfig = {
  schema,
  documents: ["src/**/*.graphql.ts"],
  ignoreNoDocuments: false,
  generates: {
    "src/gql/": {
      preset: "client",
      presetConfig: {
        // Plain result types are enough for an admin console; masking would force useFragment everywhere.
        fragmentMasking: false,
      },
      config: {
        scalars: { LocalDate: "string", DateTimeISO: "string" },
        enumsAsTypes: true,
        useTypeImports: true,
        skipTypename: false,
      },
    },
  },
};

export default config;
