import { defineConfig } from "vitest/config";

export default defineConfig({
  // Decorator metadata is what type-graphql and TypeORM reflect on; oxc emits it when told to.
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } },
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["src/**/__tests__/**/*.test.ts"],
    setupFiles: ["./src/test/setup.ts"],
    // Test servers log to a per-run directory; the teardown scans it and fails the run on personal data.
    globalSetup: ["./src/test/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Integration files each build a full database; two cores, so keep it to two at a time.
    maxWorkers: 2,
  },
});
