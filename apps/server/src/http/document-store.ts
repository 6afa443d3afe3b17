import type { DocumentNode } from "graphql";

/** What Apollo's default document store allows: 30 MiB of documents, measured as their JSON. */
const MAX_BYTES = 30 * 1024 * 1024;

/**
 * Apollo's document store (its `documentStore` option): the parsed documents that passed
 * validation, by query hash. Apollo keys them `<schema hash>:<query hash>`; `peek` answers by the
 * query hash alone, synchronously, for the fast path (graphql-fast-path.ts), which runs only
 * documents Apollo has parsed and validated. Bounded like Apollo's own store; the oldest entries
 * go first.
 */
export class ValidatedDocuments {
  private readonly byHash = new Map<string, { document: DocumentNode; bytes: number }>();
  private bytes = 0;

  /** The validated document of a query hash, if Apollo has stored one. */
  peek(hash: string): DocumentNode | undefined {
    return this.byHash.get(hash)?.document;
  }

  async get(key: string): Promise<DocumentNode | undefined> {
    return this.byHash.get(hashOf(key))?.document;
  }

  async set(key: string, document: DocumentNode): Promise<void> {
    const hash = hashOf(key);
    if (this.byHash.has(hash)) return;
    const bytes = Buffer.byteLength(JSON.stringify(document), "utf8");
    if (bytes > MAX_BYTES) return;
    for (const [oldest, entry] of this.byHash) {
      if (this.bytes + bytes <= MAX_BYTES) break;
      this.byHash.delete(oldest);
      this.bytes -= entry.bytes;
    }
    this.byHash.set(hash, { document, bytes });
    this.bytes += bytes;
  }

  async delete(key: string): Promise<boolean> {
    const entry = this.byHash.get(hashOf(key));
    if (!entry) return false;
    this.byHash.delete(hashOf(key));
    this.bytes -= entry.bytes;
    return true;
  }
}

/** The query hash (sha256 hex) at the end of Apollo's key. */
const hashOf = (key: string) => key.slice(key.lastIndexOf(":") + 1);
