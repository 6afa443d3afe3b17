// Architecture boundaries, checked by `npm run boundaries` (part of `npm run lint`):
//   depcruise packages apps --config .dependency-cruiser.cjs
// Every rule is an error. Paths are relative to the repo root.

/** Test code may use test tooling (vitest, fixtures on disk); the boundary rules are about shipped code. */
const TEST_FILES = ["(^|/)__tests__/", "\\.(test|spec)\\.[cm]?[jt]sx?$", "^apps/admin/e2e/"];

/** Node built-ins that do I/O or touch the process/host: forbidden in the pure domain package. */
const IO_CORE_MODULES =
  "^(node:)?(fs|fs/promises|net|http|https|http2|child_process|cluster|dgram|dns|dns/promises|tls|" +
  "worker_threads|os|process|vm|inspector|inspector/promises|repl|readline|readline/promises|tty|v8|" +
  "module|sqlite|test|perf_hooks|async_hooks|diagnostics_channel|trace_events|wasi|stream|stream/promises|" +
  "stream/web|timers|timers/promises)$";

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: "domain-no-packages",
      severity: "error",
      comment:
        "packages/domain is pure: it imports only its own files and side-effect-free node built-ins " +
        "(no npm packages, no other workspaces, nothing outside packages/domain/src).",
      from: { path: "^packages/domain/src/", pathNot: TEST_FILES },
      to: {
        pathNot: "^packages/domain/src/",
        dependencyTypesNot: ["core"],
      },
    },
    {
      name: "domain-no-io-builtins",
      severity: "error",
      comment: "packages/domain must not do I/O: no fs, net, http(s), child_process, os, process, streams, timers ...",
      from: { path: "^packages/domain/src/", pathNot: TEST_FILES },
      to: { dependencyTypes: ["core"], path: IO_CORE_MODULES },
    },
    {
      name: "admin-not-to-server",
      severity: "error",
      comment:
        "The admin SPA talks to the server over GraphQL only; it never imports server code " +
        "(apps/server or any packages/server), directly or through the @kepu/server workspace link.",
      from: { path: "^apps/admin/" },
      to: { path: ["^apps/server/", "^packages/server/", "(^|/)node_modules/@kepu/server/"] },
    },
    {
      name: "server-infrastructure-not-to-features",
      severity: "error",
      comment:
        "Server infrastructure (platform, db, jobs, config, security, logger) serves every feature and knows none: it never " +
        "imports a feature module, the GraphQL layer, the HTTP layer or the composition root (app/). Features register " +
        "themselves through their <feature>.module.ts manifests instead (docs/architecture.md).",
      from: { path: "^apps/server/src/(platform|db|jobs|config|security)/|^apps/server/src/logger\\.ts$", pathNot: TEST_FILES },
      to: { path: "^apps/server/src/(modules|graphql|http|app)/" },
    },
    {
      name: "server-services-transport-free",
      severity: "error",
      comment:
        "Services, event consumers and domain helpers of a feature are transport-free: callable from a job, the CLI or a " +
        "worker. They never import graphql, type-graphql, Apollo, express, or the server's graphql/ and http/ layers; " +
        "they throw DomainError and read the Actor from the RequestContext.",
      from: {
        path: "^apps/server/src/modules/.+\\.(service|consumer)\\.ts$|^apps/server/src/modules/[^/]+/change-role\\.ts$",
        pathNot: TEST_FILES,
      },
      to: {
        path: [
          "^apps/server/src/(graphql|http)/",
          "(^|/)node_modules/(graphql|type-graphql|@apollo/[^/]+|express|@as-integrations/[^/]+)/",
        ],
      },
    },
    {
      name: "no-circular",
      severity: "error",
      comment:
        "Runtime import cycle. Cycles that pass through a type-only import (`import type`) are erased " +
        "at compile time and are not reported; every other cycle is.",
      from: {},
      to: {
        circular: true,
        viaOnly: { dependencyTypesNot: ["type-only"] },
      },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      comment: "This import cannot be resolved on disk (typo, missing dependency, or missing build output).",
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Build output and packages are shown as import targets but never crawled into.
    doNotFollow: { path: ["(^|/)node_modules/", "(^|/)dist/"] },
    exclude: {
      path: ["(^|/)coverage/", "(^|/)\\.turbo/", "(^|/)test-results/", "^apps/admin/src/gql/"],
    },
    // See `import type` edges, so the cycle rule can tell erased edges from runtime ones.
    tsPreCompilationDeps: true,
    // Every workspace extends this file; no path aliases are used, so one tsconfig serves all of them.
    tsConfig: { fileName: "tsconfig.base.json" },
    // Decide npm / npm-dev / npm-no-pkg from the nearest package.json (the importing workspace's).
    combinedDependencies: false,
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      mainFields: ["module", "main", "types", "typings"],
    },
    skipAnalysisNotInRules: true,
  },
};
