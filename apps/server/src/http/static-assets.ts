import { readdirSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import express, { type Request, type RequestHandler, type Response } from "express";

/** Vite names everything under /assets/ by content hash: a changed file is a new URL. */
const IMMUTABLE = "public, max-age=31536000, immutable";
const ENCODINGS = [
  { name: "br", suffix: ".br" },
  { name: "gzip", suffix: ".gz" },
] as const;

function filesUnder(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) out.push(...filesUnder(path));
    else out.push(path);
  }
  return out;
}

/**
 * The admin build: precompressed `.br` / `.gz` siblings (made at build time) when the browser
 * takes them, hashed assets cached for a year, no source maps (they stay on the build machine for
 * error reports). Only files present at start are served compressed: the set is read once.
 */
export function staticAssets(dist: string): RequestHandler {
  const compressed = new Map<string, Set<string>>();
  for (const file of filesUnder(dist)) {
    const encoding = ENCODINGS.find((e) => file.endsWith(e.suffix));
    if (!encoding) continue;
    const url = `/${relative(dist, file.slice(0, -encoding.suffix.length)).split(sep).join("/")}`;
    const set = compressed.get(url) ?? new Set<string>();
    set.add(encoding.name);
    compressed.set(url, set);
  }
  const cacheControl = (url: string) => (url.startsWith("/assets/") ? IMMUTABLE : "public, max-age=3600");
  const plain = express.static(dist, {
    index: false,
    setHeaders: (res: Response, path: string) => {
      res.setHeader("Cache-Control", cacheControl(`/${relative(dist, path).split(sep).join("/")}`));
    },
  });

  return (req: Request, res: Response, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const url = req.path;
    // Source maps and the precompressed copies themselves are not public.
    if (/\.(map|br|gz)$/.test(url)) return void res.status(404).type("text/plain").send("Not found");
    if (url === "/index.html") return next(); // the shell goes out uncached, below
    const available = compressed.get(url);
    const encoding = available && ENCODINGS.find((e) => available.has(e.name) && req.acceptsEncodings(e.name) === e.name);
    if (!encoding) return plain(req, res, next);
    const file = join(dist, `${url}${encoding.suffix}`);
    res.setHeader("Vary", "Accept-Encoding");
    res.setHeader("Content-Encoding", encoding.name);
    res.setHeader("Cache-Control", cacheControl(url));
    res.type(extname(url));
    res.sendFile(file, (err) => {
      if (err && !res.headersSent) next(err);
    });
  };
}

/** index.html: always revalidated, so a deploy reaches every open browser on its next load. */
export function sendShell(res: Response, indexHtml: string): void {
  res.setHeader("Cache-Control", "no-cache");
  res.sendFile(indexHtml);
}
