import { afterAll, describe, expect, it } from "vitest";
import { createDataSource, migrate } from "../data-source.js";
import { serverSchema } from "../../app/database-schema.js";
import { createTestDatabase, markSuiteRan, testDialects, type TestDatabase } from "../../test/databases.js";

describe.each(testDialects())("migrations on %s", (dialect) => {
  let db: TestDatabase;
  afterAll(async () => {
    await db?.drop();
    markSuiteRan(dialect);
  });

  it("take an empty database to current, down to empty, and up again", async () => {
    db = await createTestDatabase(dialect);
    const schema = serverSchema();
    const migrations = schema.migrations;
    const ds = createDataSource(db.config, { schema });
    await ds.initialize();
    try {
      expect(await migrate(ds)).toEqual(migrations.map((m) => new m().name));
      expect(await migrate(ds)).toEqual([]); // idempotent
      // The entities and the migrated tables agree: TypeORM finds nothing to change.
      const pending = await ds.driver.createSchemaBuilder().log();
      expect(pending.upQueries.map((q) => q.query)).toEqual([]);
      for (let i = 0; i < migrations.length; i++) await ds.undoLastMigration();
      expect(await ds.query("SELECT COUNT(*) AS n FROM migrations")).toEqual([{ n: 0 }]);
      expect(await migrate(ds)).toHaveLength(migrations.length);
    } finally {
      await ds.destroy();
    }
  });
});
