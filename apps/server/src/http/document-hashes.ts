import { createHash } from "node:crypto";

/** Distinct documents remembered; past this the oldest half is forgotten (a flood of unique documents costs a hash each, as before). */
const MAX_DOCUMENTS = 2_000;
/** Longer documents are hashed by Apollo as usual: the memo is for the small, repeated operations of real clients. */
const MAX_MEMO_LENGTH = 20_000;

interface PersistedQueryCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * Apollo hashes every request's query text (sha256) to find its parsed, validated document. Here each
 * distinct text is hashed once: the handler hands Apollo the known hash as an automatic-persisted-query
 * reference, and this cache answers it from the request in flight. Clients' own APQ registrations are
 * kept as Apollo keeps them (a bounded map here, by the same hash).
 */
export class DocumentHashes {
  private readonly hashOf = new Map<string, string>();
  /** hash → query of requests being executed: what `get` answers first, so eviction can never lose one. */
  private readonly inFlight = new Map<string, { query: string; count: number }>();
  private readonly registered = new Map<string, string>();

  /** The hash of a query text already seen (no hashing here: the fast path only runs known documents). */
  known(query: string): string | undefined {
    return this.hashOf.get(query);
  }

  /** The request body with its query replaced by a persisted-query reference, and a release to call when it is done. */
  reference(body: unknown): { body: unknown; release: () => void } | null {
    if (typeof body !== "object" || body === null || Array.isArray(body)) return null;
    const { query, extensions } = body as { query?: unknown; extensions?: unknown };
    if (typeof query !== "string" || query.length === 0 || query.length > MAX_MEMO_LENGTH) return null;
    if (extensions !== undefined && (typeof extensions !== "object" || extensions === null || "persistedQuery" in extensions)) return null;
    let hash = this.hashOf.get(query);
    if (hash === undefined) {
      hash = createHash("sha256").update(query).digest("hex");
      if (this.hashOf.size >= MAX_DOCUMENTS) this.forgetOldestHalf(this.hashOf);
      this.hashOf.set(query, hash);
    }
    const held = this.inFlight.get(hash);
    if (held) held.count++;
    else this.inFlight.set(hash, { query, count: 1 });
    const key = hash;
    return {
      body: {
        ...body,
        query: undefined,
        extensions: { ...(extensions as object | undefined), persistedQuery: { version: 1, sha256Hash: hash } },
      },
      release: () => {
        const entry = this.inFlight.get(key);
        if (entry && --entry.count === 0) this.inFlight.delete(key);
      },
    };
  }

  /** Apollo's `persistedQueries.cache`. */
  readonly cache: PersistedQueryCache = {
    // Apollo prefixes its keys (`apq:<hash>`); the hash itself has no colon.
    get: async (key) => this.inFlight.get(key.slice(key.lastIndexOf(":") + 1))?.query ?? this.registered.get(key),
    set: async (key, value) => {
      if (this.registered.size >= MAX_DOCUMENTS) this.forgetOldestHalf(this.registered);
      this.registered.set(key, value);
    },
    delete: async (key) => this.registered.delete(key),
  };

  private forgetOldestHalf(map: Map<string, string>): void {
    let drop = map.size >> 1;
    for (const key of map.keys()) {
      if (drop-- <= 0) break;
      map.delete(key);
    }
  }
}
