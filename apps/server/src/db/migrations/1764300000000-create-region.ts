import { type MigrationInterface, type QueryRunner, Table, TableIndex } from "typeorm";

export class CreateRegion1764300000000 implements MigrationInterface {
  name = "CreateRegion1764300000000";

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: "region",
        columns: [
          { name: "code", type: "varchar", length: "12", isPrimary: true },
          { name: "parent_code", type: "varchar", length: "12", isNullable: true },
          { name: "name", type: "varchar", length: "64" },
          { name: "level", type: "varchar", length: "10" },
          { name: "depth", type: "smallint" },
          { name: "child_count", type: "integer", default: 0 },
          { name: "own_population", type: "integer", isNullable: true },
          { name: "own_population_source", type: "varchar", length: "16", isNullable: true },
          { name: "population", type: "integer", isNullable: true },
          { name: "population_source", type: "varchar", length: "16", isNullable: true },
        ],
      }),
    );
    await q.createIndex("region", new TableIndex({ name: "idx_region_parent", columnNames: ["parent_code", "code"] }));
    await q.createIndex("region", new TableIndex({ name: "idx_region_level", columnNames: ["level", "code"] }));
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropTable("region");
  }
}
