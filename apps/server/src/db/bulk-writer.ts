import { Readable } from "node:stream";
import mysql from "mysql2/promise";
import type { QueryRunner } from "typeorm";

/** A value: text, a number, NULL, or bytes (written as hex: `X'…'` / `UNHEX`). */
export type Cell = string | number | null | Uint8Array;

/**
 * Writes many rows into one table at a time: the generator's way to the database, and how
 * `rollup rebuild` stores its recount. Not transactional as a whole (batches commit as they go).
 */
export interface BulkWriter {
  /** Starts a table; `binary` names the columns given as bytes. */
  begin(table: string, columns: readonly string[], binary?: readonly string[]): Promise<void>;
  row(values: readonly Cell[]): Promise<void>;
  /** Writes what is buffered and waits for every write in flight. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/**
 * SQLite (and small runs): multi-row INSERTs of literal tuples, many statements per transaction.
 */
export class InsertWriter implements BulkWriter {
  private table = "";
  private columns = "";
  private rows: string[] = [];
  private statements = 0;
  private open = false;

  constructor(
    private readonly qr: QueryRunner,
    private readonly rowsPerStatement = 2000,
    private readonly statementsPerTransaction = 10,
  ) {}

  async begin(table: string, columns: readonly string[]): Promise<void> {
    await this.flush();
    this.table = table;
    this.columns = columns.join(", ");
  }

  async row(values: readonly Cell[]): Promise<void> {
    this.rows.push(`(${values.map(sqlLiteral).join(",")})`);
    if (this.rows.length >= this.rowsPerStatement) await this.write();
  }

  private async write(): Promise<void> {
    if (!this.rows.length) return;
    if (!this.open) {
      await this.qr.startTransaction();
      this.open = true;
    }
    await this.qr.query(`INSERT INTO ${this.table} (${this.columns}) VALUES ${this.rows.join(",")}`);
    this.rows = [];
    if (++this.statements % this.statementsPerTransaction === 0) {
      await this.qr.commitTransaction();
      this.open = false;
    }
  }

  async flush(): Promise<void> {
    await this.write();
    if (this.open) {
      await this.qr.commitTransaction();
      this.open = false;
    }
  }

  async close(): Promise<void> {
    await this.flush();
  }
}

/**
 * MariaDB: `LOAD DATA LOCAL INFILE` from an in-memory stream, 50,000 rows per statement, with one
 * load in flight while the next chunk is generated (the two cores work at once). Several times the
 * rate of multi-row INSERTs: the server parses tab-separated text, not SQL.
 */
export class LoadDataWriter implements BulkWriter {
  private table = "";
  private columns = "";
  private rows: string[] = [];
  private inFlight: Promise<void> = Promise.resolve();

  private constructor(
    private readonly conn: mysql.Connection,
    private readonly rowsPerLoad: number,
  ) {}

  static async open(url: string, rowsPerLoad = 50_000): Promise<LoadDataWriter> {
    const conn = await mysql.createConnection({ uri: url.replace(/^mariadb:/, "mysql:"), charset: "utf8mb4", timezone: "Z" });
    // Keys are unique by construction; the generator refuses a database that already holds its data.
    await conn.query("SET SESSION unique_checks = 0, foreign_key_checks = 0");
    return new LoadDataWriter(conn, rowsPerLoad);
  }

  async begin(table: string, columns: readonly string[], binary: readonly string[] = []): Promise<void> {
    await this.flush();
    this.table = table;
    // Bytes travel as hex into a variable: raw bytes would pass through the character set conversion.
    const list = columns.map((c) => (binary.includes(c) ? `@hex_${c}` : c)).join(", ");
    const set = binary
      .filter((c) => columns.includes(c))
      .map((c) => `${c} = UNHEX(@hex_${c})`)
      .join(", ");
    this.columns = `(${list})${set ? ` SET ${set}` : ""}`;
  }

  async row(values: readonly Cell[]): Promise<void> {
    this.rows.push(values.map(tsvField).join("\t"));
    if (this.rows.length >= this.rowsPerLoad) await this.send();
  }

  private async send(): Promise<void> {
    if (!this.rows.length) return;
    const data = Buffer.from(`${this.rows.join("\n")}\n`);
    this.rows = [];
    // One protocol packet per piece: well under the 16 MB packet limit.
    const pieces: Buffer[] = [];
    for (let o = 0; o < data.length; o += 1 << 20) pieces.push(data.subarray(o, o + (1 << 20)));
    const sql = `LOAD DATA LOCAL INFILE 'generated' INTO TABLE ${this.table} CHARACTER SET utf8mb4
      FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\' LINES TERMINATED BY '\\n' ${this.columns}`;
    await this.inFlight;
    this.inFlight = this.conn.query({ sql, infileStreamFactory: () => Readable.from(pieces) }).then(() => undefined);
    // Surface a failure at the next call instead of as an unhandled rejection.
    this.inFlight.catch(() => undefined);
  }

  async flush(): Promise<void> {
    await this.send();
    await this.inFlight;
  }

  async close(): Promise<void> {
    try {
      await this.flush();
    } finally {
      await this.conn.end();
    }
  }
}

const hex = (v: Uint8Array) => Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("hex");

function sqlLiteral(v: Cell): string {
  if (v === null) return "NULL";
  if (typeof v === "number") return String(v);
  if (v instanceof Uint8Array) return `X'${hex(v)}'`;
  return `'${v.replace(/'/g, "''")}'`;
}

function tsvField(v: Cell): string {
  if (v === null) return "\\N";
  if (typeof v === "number") return String(v);
  if (v instanceof Uint8Array) return hex(v);
  return /[\t\n\\]/.test(v) ? v.replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n") : v;
}

/** A secondary index as information_schema describes it, to drop now and rebuild later. */
export interface IndexDefinition {
  table: string;
  name: string;
  unique: boolean;
  columns: string[];
}

/**
 * Drops the secondary indexes of the tables (MariaDB) and returns their definitions. Indexes a
 * foreign key needs stay (MariaDB refuses to drop them).
 */
export async function dropSecondaryIndexes(qr: QueryRunner, tables: readonly string[]): Promise<IndexDefinition[]> {
  const rows = (await qr.query(
    `SELECT TABLE_NAME AS t, INDEX_NAME AS name, NON_UNIQUE AS nonUnique, COLUMN_NAME AS col, SEQ_IN_INDEX AS seq
     FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME IN (${tables.map(() => "?").join(", ")})
       AND INDEX_NAME <> 'PRIMARY' ORDER BY TABLE_NAME, INDEX_NAME, SEQ_IN_INDEX`,
    [...tables],
  )) as { t: string; name: string; nonUnique: unknown; col: string; seq: unknown }[];
  const byKey = new Map<string, IndexDefinition>();
  for (const r of rows) {
    const key = `${r.t}.${r.name}`;
    let def = byKey.get(key);
    if (!def) byKey.set(key, (def = { table: r.t, name: r.name, unique: Number(r.nonUnique) === 0, columns: [] }));
    def.columns.push(r.col);
  }
  const dropped: IndexDefinition[] = [];
  for (const def of byKey.values()) {
    try {
      await qr.query(`ALTER TABLE ${def.table} DROP INDEX \`${def.name}\``);
      dropped.push(def);
    } catch {
      // needed by a foreign key: kept
    }
  }
  return dropped;
}

/** Recreates dropped indexes, one ALTER per table (one sorted build of all its indexes). */
export async function restoreIndexes(qr: QueryRunner, defs: readonly IndexDefinition[], onTable: (done: number) => void): Promise<void> {
  const tables = [...new Set(defs.map((d) => d.table))];
  let done = 0;
  for (const table of tables) {
    const adds = defs
      .filter((d) => d.table === table)
      .map((d) => `ADD ${d.unique ? "UNIQUE " : ""}INDEX \`${d.name}\` (${d.columns.map((c) => `\`${c}\``).join(", ")})`);
    await qr.query(`ALTER TABLE ${table} ${adds.join(", ")}`);
    done += adds.length;
    onTable(done);
  }
}

/**
 * The fastest writer the database allows: LOAD DATA LOCAL INFILE on MariaDB when the server permits
 * it (`local_infile`) and the DataSource has a URL, else multi-row INSERTs on `qr`.
 */
export async function openBulkWriter(qr: QueryRunner): Promise<BulkWriter> {
  const ds = qr.connection;
  const url = (ds.options as { url?: string }).url;
  if (ds.options.type !== "better-sqlite3" && url) {
    const [{ enabled }] = (await qr.query("SELECT @@local_infile AS enabled")) as { enabled: unknown }[];
    if (Number(enabled) === 1) return LoadDataWriter.open(url);
  }
  return new InsertWriter(qr);
}
