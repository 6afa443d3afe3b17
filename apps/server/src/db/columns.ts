import type { ValueTransformer } from "typeorm";

/**
 * Instants are stored as UTC `datetime` with millisecond precision and always set by the
 * application (no dialect-specific DB defaults), so both dialects migrate identically.
 */
export const DATETIME = { type: "datetime", precision: 3 } as const;

/** mysql2 returns DECIMAL/BIGINT as strings; ids here are INT, but be explicit for aggregates. */
export const intTransformer: ValueTransformer = {
  to: (v: number | null | undefined) => v,
  from: (v: string | number | null) => (v === null ? null : Number(v)),
};
