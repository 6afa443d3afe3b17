import { fieldLabels, formatAuditValue } from "./audit-labels";

/** Snapshot keys whose values are region codes (shown by name in the table). */
const REGION_KEYS: ReadonlySet<string> = new Set(["regionCode", "managedRegionCode"]);

export interface AuditChange {
  key: string;
  label: string;
  /** Values are region codes (or 空). */
  isRegion: boolean;
  /** null when the key only exists after (a creation) */
  before: string | null;
  /** null when the key only exists before (a removal) */
  after: string | null;
}

type Snapshot = Record<string, unknown>;

/** before/after are JSON text; a scalar or unreadable snapshot is shown as one value. */
function parseSnapshot(text: string | null | undefined): Snapshot | null {
  if (text === null || text === undefined || text === "") return null;
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as Snapshot;
    return { value };
  } catch {
    return { value: text };
  }
}

/**
 * The changed keys of an audit entry, in the order they first appear: unchanged keys are left
 * out (a diff, not two dumps), keys present on one side only are additions or removals.
 */
export function auditChanges(beforeText: string | null | undefined, afterText: string | null | undefined): AuditChange[] {
  const before = parseSnapshot(beforeText);
  const after = parseSnapshot(afterText);
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  const changes: AuditChange[] = [];
  for (const key of keys) {
    const hasBefore = before !== null && Object.hasOwn(before, key);
    const hasAfter = after !== null && Object.hasOwn(after, key);
    if (hasBefore && hasAfter && JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    changes.push({
      key,
      label: fieldLabels[key] ?? (key === "value" ? "值" : key),
      isRegion: REGION_KEYS.has(key),
      before: hasBefore ? formatAuditValue(key, before[key]) : null,
      after: hasAfter ? formatAuditValue(key, after[key]) : null,
    });
  }
  return changes;
}
