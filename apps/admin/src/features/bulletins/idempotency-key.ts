/**
 * A fresh client key for one retriable write (the server applies a key once). `getRandomValues`
 * works on plain-http origins too, where `randomUUID` does not exist.
 */
export function newClientRequestId(prefix = "bulletin"): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
}
