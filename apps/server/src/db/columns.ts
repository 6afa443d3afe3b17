/**
 * Instants are stored as UTC `datetime` with millisecond precision and always set by the
 * application (no dialect-specific DB defaults), so both dialects migrate identically.
 */
export const DATETIME = { type: "datetime", precision: 3 } as const;
