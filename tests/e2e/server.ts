/**
 * Serves the built site (build/) from 127.0.0.1 on a free port, as a static host would: files by
 * path, `/methodology` from `methodology.html`. For end-to-end tests and the UI benchmark.
 */
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";

export const BUILD_DIR = fileURLToPath(
  new URL("../../build/", import.meta.url),
);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
};

function resolve(urlPath: string): string | null {
  const clean = normalize(decodeURIComponent(urlPath.split("?")[0]!)).replace(
    /^(\.\.[/\\])+/,
    "",
  );
  const base = join(BUILD_DIR, clean);
  for (const candidate of [base, `${base}.html`, join(base, "index.html")]) {
    if (
      candidate.startsWith(BUILD_DIR) &&
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

export async function serveBuild(): Promise<StaticSite> {
  if (!existsSync(join(BUILD_DIR, "index.html"))) {
    throw new Error(
      "build/index.html is missing: run `vite build` before the end-to-end tests",
    );
  }
  const server: Server = createServer((request, response) => {
    const file = resolve(request.url ?? "/");
    if (!file) {
      response
        .writeHead(404, { "content-type": "text/plain" })
        .end("not found");
      return;
    }
    response.writeHead(200, {
      "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}
