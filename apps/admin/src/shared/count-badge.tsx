import "./count-badge.css";

/**
 * A small red count beside a menu label (what waits there). Plain markup: antd's Badge animates
 * its digits with code every page would download for this.
 */
export function CountBadge({ count, label }: { count: number; label: string }) {
  if (count <= 0) return null;
  return (
    <span className="count-badge" role="status" aria-label={label}>
      {count > 99 ? "99+" : count}
    </span>
  );
}
