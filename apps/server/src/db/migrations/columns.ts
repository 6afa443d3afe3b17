import type { TableColumnOptions } from "typeorm";

/**
 * Column shapes every migration uses, so both dialects get the same types: `integer` (not `int`,
 * which SQLite would report as a different type) and millisecond datetimes set by the application.
 */
export const idColumn: TableColumnOptions = {
  name: "id",
  type: "integer",
  isPrimary: true,
  isGenerated: true,
  generationStrategy: "increment",
};
export const dt = (name: string, nullable = false): TableColumnOptions => ({ name, type: "datetime", precision: 3, isNullable: nullable });
export const vc = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: "varchar",
  length: String(length),
  isNullable: nullable,
});
export const int = (name: string, nullable = false): TableColumnOptions => ({ name, type: "integer", isNullable: nullable });
