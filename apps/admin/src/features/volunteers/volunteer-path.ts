/** Global ids are opaque and may contain `/`, `+` or `=`: always encode them into the path. */
export function volunteerPath(id: string): string {
  return `/volunteers/${encodeURIComponent(id)}`;
}
