/**
 * `npm start` / `npm run serve`: serves the static export in out/ the way a real host would,
 * with the security headers from lib/security/headers.ts, the 404 page, and long caching only
 * for Next's content-hashed files. It logs nothing about requests: see /personvern/.
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import { editorSettings, localEditorOrigins } from "../lib/cms/settings";
import { contentTypeFor } from "../lib/security/content-types";
import { securityHeadersFor } from "../lib/security/headers";

export interface StaticServerOptions {
  /** The folder to serve; out/ unless told otherwise. */
  root?: string;
  port: number;
  host?: string;
}

async function fileAt(candidate: string) {
  try {
    const info = await stat(candidate);
    return info.isFile() ? { file: candidate, size: info.size } : info.isDirectory() ? "directory" : null;
  } catch {
    return null;
  }
}

function send(root: string, response: ServerResponse, request: IncomingMessage, status: number, file: string, size: number) {
  const immutable = file.startsWith(path.join(root, "_next", "static") + path.sep);
  response.writeHead(status, {
    "Content-Type": contentTypeFor(file),
    "Content-Length": size,
    "Cache-Control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (request.method === "HEAD") response.end();
  else createReadStream(file).pipe(response);
}

const editorOrigins = localEditorOrigins(editorSettings(process.env));

async function handle(root: string, request: IncomingMessage, response: ServerResponse) {
  const { pathname } = new URL(request.url ?? "/", "http://localhost");
  for (const [name, value] of securityHeadersFor(pathname, { https: false, editorOrigins })) response.setHeader(name, value);
  if (request.method !== "GET" && request.method !== "HEAD") {
    response.writeHead(405, { Allow: "GET, HEAD" }).end();
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = "/\0invalid";
  }
  const target = path.join(root, path.normalize(decoded));
  const insideRoot = target === root || target.startsWith(root + path.sep);
  const found = insideRoot && !decoded.includes("\0") ? await fileAt(target) : null;

  if (found === "directory") {
    if (!pathname.endsWith("/")) {
      response.writeHead(308, { Location: `${pathname}/` }).end();
      return;
    }
    const index = await fileAt(path.join(target, "index.html"));
    if (index && index !== "directory") return send(root, response, request, 200, index.file, index.size);
  } else if (found) {
    return send(root, response, request, 200, found.file, found.size);
  }
  const notFound = await fileAt(path.join(root, "404.html"));
  if (notFound && notFound !== "directory") return send(root, response, request, 404, notFound.file, notFound.size);
  response.writeHead(404).end();
}

/** Starts the server and resolves once it listens. */
export function startStaticServer({ root = "out", port, host = "127.0.0.1" }: StaticServerOptions): Promise<Server> {
  const absoluteRoot = path.resolve(root);
  const server = createServer((request, response) => {
    handle(absoluteRoot, request, response).catch((error: unknown) => {
      console.error(error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env.PORT ?? 3000);
  await startStaticServer({ root: process.env.OUT_DIR, port, host: process.env.HOST });
  console.log(`Serving the built site at http://localhost:${port}/ (Ctrl+C to stop)`);
}
