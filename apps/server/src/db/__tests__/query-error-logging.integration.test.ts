import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource, migrate } from "../data-source.js";
import { createLogger } from "../../logger.js";
import { scanLine } from "../../test/log-scan.js";
import { createTestDatabase, markSuiteRan, testDialects, type TestDatabase } from "../../test/databases.js";

const PHONE = "13912345678";
const HASH = "scrypt$32768$8$1$c2FsdHNhbHRzYWx0c2FsdA$a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U";
const REAL_NAME = "王小明";
const SEALED = "v1.AAAAAAAAAAAAAAAA.Y2lwaGVydGV4dA.BBBBBBBBBBBBBBBBBBBBBB";
const BLIND = "cd".repeat(32);
const NOW = "2026-01-01 00:00:00.000";

const INSERT =
  "INSERT INTO volunteer (phone, password_hash, real_name, id_number_sealed, id_number_hash, tier, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'INDIVIDUAL', ?, ?)";

describe.each(testDialects())("a failing unique insert on %s", (dialect) => {
  let db: TestDatabase;
  let ds: DataSource;
  const lines: string[] = [];
  beforeAll(async () => {
    db = await createTestDatabase(dialect);
    // SQL_LOG on and level debug: the most the logs ever say.
    const logger = createLogger("debug", { write: (s: string) => void lines.push(s) });
    ds = createDataSource(db.config, { logger, sqlLog: true });
    await ds.initialize();
    await migrate(ds);
    await ds.query(INSERT, [PHONE, HASH, REAL_NAME, SEALED, BLIND, NOW, NOW]);
  });
  afterAll(async () => {
    await ds?.destroy();
    await db?.drop();
    markSuiteRan(dialect);
  });

  it.each([
    ["phone", [PHONE, "scrypt$1$2$3$other$other", "李四", null, null, NOW, NOW]],
    ["ID number hash", ["13912345679", HASH, REAL_NAME, SEALED, BLIND, NOW, NOW]],
  ])("of a duplicate %s logs no personal data, hash or parameters", async (_what, params) => {
    lines.length = 0;
    const err = await ds.query(INSERT, params).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    // What the GraphQL error formatter does with an unexpected error (graphql/errors.ts).
    createLogger("debug", { write: (s: string) => void lines.push(s) }).error(
      { err, path: ["register"] },
      "unhandled error in GraphQL operation",
    );

    const text = lines.join("");
    expect(text).toContain('"msg":"sql error"');
    expect(text).toContain('"msg":"unhandled error in GraphQL operation"');
    for (const secret of [PHONE, "13912345679", HASH, REAL_NAME, "李四", SEALED, BLIND, "scrypt$"]) expect(text).not.toContain(secret);
    expect(text).not.toContain('"parameters"');
    for (const line of lines) expect(scanLine(line)).toEqual([]);
    // The statement text (placeholders only) is there at debug; the error keeps its code.
    const sqlError = lines
      .map((l) => JSON.parse(l) as { msg: string; sql?: string; err?: { code?: string } })
      .find((l) => l.msg === "sql error");
    expect(sqlError?.sql).toBe(INSERT);
    expect(sqlError?.err?.code).toMatch(/ER_DUP_ENTRY|SQLITE_CONSTRAINT/);
  });

  it("with SQL_LOG logs statements without their values", async () => {
    lines.length = 0;
    await ds.query("SELECT id FROM volunteer WHERE phone = ?", [PHONE]);
    const sql = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((l) => l.msg === "sql");
    expect(sql).toEqual([expect.objectContaining({ sql: "SELECT id FROM volunteer WHERE phone = ?" })]);
    expect(sql[0]).not.toHaveProperty("parameters");
    expect(lines.join("")).not.toContain(PHONE);
  });

  it("above debug does not log the failing statement at all", async () => {
    const quiet: string[] = [];
    const infoDs = createDataSource(db.config, { logger: createLogger("info", { write: (s: string) => void quiet.push(s) }) });
    await infoDs.initialize();
    try {
      await expect(infoDs.query(INSERT, [PHONE, HASH, REAL_NAME, null, null, NOW, NOW])).rejects.toThrow();
      expect(quiet.join("")).not.toContain("INSERT");
    } finally {
      await infoDs.destroy();
    }
  });
});
