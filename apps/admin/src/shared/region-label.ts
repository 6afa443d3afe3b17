const SEPARATOR = " / ";

/**
 * A region's path relative to the viewer's own region: a 金水区 manager reads 经八路街道 rather than
 * 河南省 / 郑州市 / 金水区 / 经八路街道 on every row. `scopePath` is the viewer's managed region's path,
 * or null for the province (whose rows drop only 河南省). The region itself keeps its own name.
 */
export function relativeRegionLabel(path: string, scopePath: string | null): string {
  const parts = path.split(SEPARATOR);
  const scope = scopePath === null ? parts.slice(0, 1) : scopePath.split(SEPARATOR);
  const inside = scope.length < parts.length && scope.every((part, i) => parts[i] === part);
  if (inside) return parts.slice(scope.length).join(SEPARATOR);
  return parts.length === scope.length ? (parts[parts.length - 1] ?? path) : path;
}
