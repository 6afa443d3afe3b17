import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { createDataSource, migrate, secureSqliteFile } from "../data-source.js";

const mode = (p: string) => statSync(p).mode & 0o777;

describe("SQLite file permissions", () => {
  const root = mkdtempSync(join(tmpdir(), "kepu-mode-"));
  let umask: number;
  // The most permissive umask: whatever the modes end up as, they are ours, not the umask's.
  beforeEach(() => void (umask = process.umask(0)));
  afterEach(() => void process.umask(umask));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("creates the data directories 0700 and the database, -wal and -shm files 0600", async () => {
    const dir = join(root, "fresh", "data");
    const file = join(dir, "kepu.sqlite");
    const ds = createDataSource({ kind: "sqlite", file });
    await ds.initialize();
    try {
      await migrate(ds); // writes: the WAL file exists now
      for (const f of [file, `${file}-wal`, `${file}-shm`]) expect([f, mode(f).toString(8)]).toEqual([f, "600"]);
      expect(mode(dir).toString(8)).toBe("700");
      expect(mode(join(root, "fresh")).toString(8)).toBe("700");
    } finally {
      await ds.destroy();
    }
    expect(mode(root).toString(8)).toBe("700"); // a parent it did not create keeps its mode (mkdtemp: 0700)
  });

  it("tightens the files of an existing install", () => {
    const dir = join(root, "old");
    const file = join(dir, "kepu.sqlite");
    secureSqliteFile(file);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) {
      writeFileSync(f, "", { flag: "a" });
      chmodSync(f, 0o644);
    }
    secureSqliteFile(file);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) expect(mode(f).toString(8)).toBe("600");
  });
});
