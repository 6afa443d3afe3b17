import { createRequire } from "node:module";

interface NegotiatorPrototype {
  mediaTypes(this: { request: { headers: { accept?: string } } }, available?: string[]): string[];
}

const MAX_ENTRIES = 256;
const MAX_ACCEPT_LENGTH = 256;
let installed = false;

/**
 * Apollo Server negotiates the response type from the Accept header on every execution (three
 * times for some requests), parsing the header each time: about a tenth of a small query's CPU.
 * The answer depends only on the header and the offered types, so it is remembered for the few
 * distinct headers real clients send (unusual or long ones are computed as before). Installed
 * once on the shared `negotiator` module that Apollo and express load.
 */
export function memoizeMediaTypeNegotiation(): void {
  if (installed) return;
  installed = true;
  const require = createRequire(import.meta.url);
  const proto = (require("negotiator") as { prototype: NegotiatorPrototype }).prototype;
  const original = proto.mediaTypes;
  const memo = new Map<string, readonly string[]>();
  proto.mediaTypes = function mediaTypes(available) {
    const accept = this.request.headers.accept;
    if (accept !== undefined && (typeof accept !== "string" || accept.length > MAX_ACCEPT_LENGTH)) return original.call(this, available);
    const key = `${accept ?? "\u0000"}\u0001${available ? available.join("\u0002") : "\u0003"}`;
    let known = memo.get(key);
    if (!known) {
      known = original.call(this, available);
      if (memo.size < MAX_ENTRIES) memo.set(key, known);
    }
    // Callers get their own array, as before.
    return known.slice();
  };
}
