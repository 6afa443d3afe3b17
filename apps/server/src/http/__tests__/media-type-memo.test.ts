import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { memoizeMediaTypeNegotiation } from "../media-type-memo.js";

const require = createRequire(import.meta.url);
type NegotiatorClass = new (req: { headers: { accept?: string } }) => {
  mediaType(a?: string[]): string | undefined;
  mediaTypes(a?: string[]): string[];
};
const Negotiator = require("negotiator") as NegotiatorClass;

const OFFERS = [
  [
    "application/json; charset=utf-8",
    "application/graphql-response+json; charset=utf-8",
    "application/json; callbackSpec=1.0; charset=utf-8",
  ],
  ["multipart/mixed; incrementalSpec=v0.2", "multipart/mixed; deferSpec=20220824"],
  undefined,
];
const ACCEPTS = [
  undefined,
  "*/*",
  "application/json",
  "application/graphql-response+json, application/json;q=0.9",
  "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
  "multipart/mixed; deferSpec=20220824, application/json",
  "image/png",
  `application/json, ${"x/y;q=0.1, ".repeat(40)}`,
];

describe("memoized media-type negotiation", () => {
  it("answers exactly as negotiator does, every time, for every header and offer", () => {
    const before = ACCEPTS.flatMap((accept) => OFFERS.map((offer) => new Negotiator({ headers: { accept } }).mediaTypes(offer)));
    memoizeMediaTypeNegotiation();
    for (let round = 0; round < 3; round++) {
      const after = ACCEPTS.flatMap((accept) => OFFERS.map((offer) => new Negotiator({ headers: { accept } }).mediaTypes(offer)));
      expect(after).toEqual(before);
    }
    expect(new Negotiator({ headers: {} }).mediaType(OFFERS[0])).toBe("application/json; charset=utf-8");
  });

  it("hands each caller its own array", () => {
    memoizeMediaTypeNegotiation();
    const a = new Negotiator({ headers: { accept: "*/*" } }).mediaTypes(["a/b", "c/d"]);
    a.push("mutated");
    expect(new Negotiator({ headers: { accept: "*/*" } }).mediaTypes(["a/b", "c/d"])).toEqual(["a/b", "c/d"]);
  });
});
