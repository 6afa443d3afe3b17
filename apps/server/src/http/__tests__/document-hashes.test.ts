import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { DocumentHashes } from "../document-hashes.js";

const sha = (text: string) => createHash("sha256").update(text).digest("hex");

describe("DocumentHashes", () => {
  it("turns a query into a persisted-query reference that the cache answers while the request runs", async () => {
    const hashes = new DocumentHashes();
    const ref = hashes.reference({ query: "{ me { id } }", operationName: null });
    expect(ref?.body).toEqual({
      query: undefined,
      operationName: null,
      extensions: { persistedQuery: { version: 1, sha256Hash: sha("{ me { id } }") } },
    });
    // Apollo asks with its prefix.
    expect(await hashes.cache.get(`apq:${sha("{ me { id } }")}`)).toBe("{ me { id } }");
    ref!.release();
    expect(await hashes.cache.get(`apq:${sha("{ me { id } }")}`)).toBeUndefined();
  });

  it("keeps a document available until the last of several concurrent requests releases it", async () => {
    const hashes = new DocumentHashes();
    const a = hashes.reference({ query: "{ a }" })!;
    const b = hashes.reference({ query: "{ a }" })!;
    a.release();
    expect(await hashes.cache.get(`apq:${sha("{ a }")}`)).toBe("{ a }");
    b.release();
    expect(await hashes.cache.get(`apq:${sha("{ a }")}`)).toBeUndefined();
  });

  it("survives a flood of distinct documents: a request in flight is never evicted", async () => {
    const hashes = new DocumentHashes();
    const held = hashes.reference({ query: "{ held }" })!;
    for (let i = 0; i < 10_000; i++) hashes.reference({ query: `{ f${i} }` })!.release();
    expect(await hashes.cache.get(`apq:${sha("{ held }")}`)).toBe("{ held }");
    held.release();
  });

  it("leaves alone what it should not rewrite: client APQ, GET-style bodies, odd shapes, huge documents", () => {
    const hashes = new DocumentHashes();
    expect(hashes.reference({ query: "{ a }", extensions: { persistedQuery: { version: 1, sha256Hash: "x" } } })).toBeNull();
    expect(hashes.reference(undefined)).toBeNull();
    expect(hashes.reference([{ query: "{ a }" }])).toBeNull();
    expect(hashes.reference({ query: 42 })).toBeNull();
    expect(hashes.reference({ query: "" })).toBeNull();
    expect(hashes.reference({ query: "{ a }", extensions: "x" })).toBeNull();
    expect(hashes.reference({ query: `{ ${"a ".repeat(20_000)}}` })).toBeNull();
  });

  it("keeps extensions the client sent", () => {
    const ref = new DocumentHashes().reference({ query: "{ a }", extensions: { trace: true } });
    expect(ref?.body).toMatchObject({ extensions: { trace: true, persistedQuery: { version: 1 } } });
  });

  it("stores client registrations in a bounded map", async () => {
    const hashes = new DocumentHashes();
    for (let i = 0; i < 5_000; i++) await hashes.cache.set(`apq:${i}`, `{ q${i} }`);
    expect(await hashes.cache.get("apq:4999")).toBe("{ q4999 }");
    expect(await hashes.cache.get("apq:0")).toBeUndefined();
  });
});
