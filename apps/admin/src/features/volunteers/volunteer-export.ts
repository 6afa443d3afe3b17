import type { VolunteerFilter, VolunteerSort } from "../../gql/graphql";

/** The server's CSV of exactly what the list shows: same filter names as the GraphQL `VolunteerFilter`. */
export function exportUrl(filter: VolunteerFilter, sort: VolunteerSort): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  if (sort !== "NEWEST") params.set("sort", sort);
  const query = params.toString();
  return `/exports/volunteers.csv${query ? `?${query}` : ""}`;
}

/** The file name the server suggests (RFC 5987 `filename*` first), or a fallback. */
export function fileNameOf(disposition: string | null, fallback: string): string {
  const star = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (star) return decodeURIComponent(star);
  return disposition?.match(/filename="([^"]+)"/i)?.[1] ?? fallback;
}

/** Line breaks in a chunk: the rows received so far (the header line is one of them). */
export function countLines(chunk: Uint8Array): number {
  let lines = 0;
  for (const byte of chunk) if (byte === 10) lines += 1;
  return lines;
}
