/**
 * Serves a built site from 127.0.0.1 on a free port, as a static host would: files by path,
 * `/methodology` from `methodology.html`, gzipped for a browser that accepts it. The end-to-end
 * tests serve the test build, the UI benchmark the site `npm run build` makes.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import { BUILDS } from "../../svelte.config.js";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

function resolve(dir: string, urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split("?")[0]!)).replace(
    /^(\.\.[/\\])+/,
    "",
  );
  const base = join(dir, clean);
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (
      candidate.startsWith(dir) &&
      existsSync(candidate) &&
      statSync(candidate).isFile()
    )
      return candidate;
  }
  return null;
}

export interface StaticSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `pages`, a folder of svelte.config.js's BUILDS: the test build unless told. */
export function serveBuild(
  pages: string = BUILDS.tests.pages,
): Promise<StaticSite> {
  const dir = join(import.meta.dirname, "../..", pages, "/");
  if (!existsSync(join(dir, "index.html"))) {
    throw new Error(`${pages}/index.html is missing: build the site first`);
  }
  return serveFolder(dir);
}

/** Text compresses at gzip's default level 6, as common static hosts serve it. */
const COMPRESSED = new Set([".html", ".js", ".css", ".svg", ".json", ".txt"]);

/** Serves the files of `dir`, an absolute path ending in a separator. */
export async function serveFolder(dir: string): Promise<StaticSite> {
  const server: Server = createServer((request, response) => {
    const file = resolve(dir, request.url ?? "/");
    if (!file) {
      response
        .writeHead(404, { "content-type": "text/plain" })
        .end("not found");
      return;
    }
    const type = extname(file);
    const headers: Record<string, string> = {
      "content-type": TYPES[type] ?? "application/octet-stream",
    };
    let body = readFileSync(file);
    if (
      COMPRESSED.has(type) &&
      /\bgzip\b/.test(String(request.headers["accept-encoding"]))
    ) {
      body = gzipSync(body, { level: 6 });
      headers["content-encoding"] = "gzip";
    }
    headers["content-length"] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
