/**
 * `npm start` / `npm run serve`: serves the built site in out/ the way a real host would. Files are
 * sent by sirv, with the brotli or gzip copy the build wrote when the browser accepts it, ETags,
 * 304s and ranges. Around it: the security headers of lib/security/headers.ts (the strict policy
 * on static pages, the interactive one where Next's runtime runs), caching from
 * lib/security/caching.ts, the 404 page, and a redirect from a folder to its page that keeps the
 * query string and never leaves the site. It logs nothing about requests: see /personvern/.
 *
 * What it withstands, each covered by scripts/serve.test.ts: aborted downloads (the file is closed
 * when the response is), files replaced or removed while being sent (the response is cut, the
 * server goes on), malformed request targets (400), and `//host` paths (no redirect off the site).
 * Malformed request lines never reach this code: Node's parser answers them with 400 by itself.
 */
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import path from "node:path";
import type { Readable } from "node:stream";
import sirv from "sirv";
import { interactivePagePaths, pagePathOf } from "../lib/islands/built-pages";
import { cacheControlFor, REVALIDATE } from "../lib/security/caching";
import { knownContentTypeFor } from "../lib/security/content-types";
import { editorSettings, localEditorOrigins } from "../lib/cms/settings";
import { editorPolicy, isEditorPath, policyFor, securityHeadersFor, serializePolicy } from "../lib/security/headers";

export interface StaticServerOptions {
  /** The folder to serve; out/ unless told otherwise. */
  root?: string;
  port: number;
  host?: string;
}

interface RequestTarget {
  /** The path as sent, still percent-encoded. */
  rawPath: string;
  /** The path decoded, for finding the file. */
  decodedPath: string;
  /** "?…", or "". */
  search: string;
}

/** An origin-form request target ("/path?query"), or null for anything else or a path that does not decode. */
export function parseTarget(target: string): RequestTarget | null {
  if (!target.startsWith("/")) return null;
  const at = target.indexOf("?");
  const rawPath = at === -1 ? target : target.slice(0, at);
  let decodedPath: string;
  try {
    decodedPath = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  // A NUL never names a file, and some clients read a backslash as a slash (`/\host` as `//host`).
  if (/[\0\\]/.test(decodedPath)) return null;
  return { rawPath, decodedPath, search: at === -1 ? "" : target.slice(at) };
}

/**
 * Where a request for a folder without its trailing slash goes: the same path with the slash, and
 * the same query. Leading slashes are collapsed into one, so that `//example.org` can never become
 * a redirect to another host.
 */
export function folderRedirect({ rawPath, search }: RequestTarget): string {
  return `/${rawPath.replace(/^\/+/, "")}/${search}`;
}

/** Whether a Range header is one simple range (bytes=start- or bytes=start-end) that sirv reads right; others are ignored (the whole file is sent). */
function isSimpleRange(range: string): boolean {
  const match = /^bytes=(\d+)-(\d*)$/.exec(range);
  return match !== null && (match[2] === "" || Number(match[1]) <= Number(match[2]));
}

function acceptedEncodings(request: IncomingMessage): Array<readonly ["br" | "gzip", string]> {
  const accepted = String(request.headers["accept-encoding"] ?? "");
  return [
    ...(/\bbr\b/.test(accepted) ? ([["br", ".br"]] as const) : []),
    ...(/\bgzip\b/.test(accepted) ? ([["gzip", ".gz"]] as const) : []),
  ];
}

/** The 404 page, compressed as the browser accepts, with status 404. */
async function sendNotFound(root: string, request: IncomingMessage, response: ServerResponse) {
  const page = path.join(root, "404.html");
  for (const [encoding, suffix] of [...acceptedEncodings(request), [null, ""] as const]) {
    let body: Buffer;
    try {
      body = await readFile(page + suffix);
    } catch {
      continue;
    }
    response.writeHead(404, {
      "Content-Type": "text/html; charset=utf-8",
      "Content-Length": body.length,
      "Cache-Control": REVALIDATE,
      ...(encoding && { "Content-Encoding": encoding }),
    });
    response.end(request.method === "HEAD" ? undefined : body);
    return;
  }
  response.writeHead(404).end();
}

async function isFolderWithPage(root: string, decodedPath: string): Promise<boolean> {
  const folder = path.join(root, path.normalize(decodedPath));
  if (folder !== root && !folder.startsWith(root + path.sep)) return false;
  try {
    return (await stat(folder)).isDirectory() && (await stat(path.join(folder, "index.html"))).isFile();
  } catch {
    return false;
  }
}

/**
 * Ties a file stream sirv pipes into the response to it: an aborted download closes the file (a
 * plain pipe would leave it open), and a read that fails, or yields more or less than the
 * Content-Length promised because the file changed meanwhile, cuts the response instead of
 * crashing the process or sending a wrong body. A HEAD request's file is not read.
 */
function guardFileStream(request: IncomingMessage, response: ServerResponse) {
  response.on("pipe", (source: Readable) => {
    // A HEAD request gets the headers only: the file need not be read at all.
    if (request.method === "HEAD") {
      source.unpipe(response);
      source.destroy();
      response.end();
      return;
    }
    const expected = Number(response.getHeader("content-length"));
    let sent = 0;
    const cut = () => {
      source.destroy();
      response.destroy();
    };
    source.on("error", cut);
    source.on("data", (chunk: Buffer) => {
      sent += chunk.length;
      if (sent > expected) cut();
    });
    source.on("end", () => {
      if (sent !== expected) cut();
    });
    response.once("close", () => source.destroy());
  });
}

export async function startStaticServer({ root = "out", port, host = "127.0.0.1" }: StaticServerOptions): Promise<Server> {
  const absoluteRoot = path.resolve(root);
  // Which pages run Next's runtime is read from the build once; restart after a build that changes it.
  const interactivePages = new Set(interactivePagePaths(absoluteRoot));
  const files = sirv(absoluteRoot, {
    // Looks each file up when it is asked for, so that a rebuilt out/ is served as it now is.
    dev: true,
    etag: true,
    gzip: true,
    brotli: true,
    extensions: ["html"],
    onNoMatch: (request, response) => void sendNotFound(absoluteRoot, request, response).catch(() => response.destroy()),
  });

  // Served here, the editor may also talk to decap-server on this machine (`npm run cms`).
  const localEditorPolicy = editorPolicy(localEditorOrigins(editorSettings(process.env)));

  async function handle(request: IncomingMessage, response: ServerResponse) {
    const target = parseTarget(request.url ?? "");
    const pagePath = target ? pagePathOf(target.decodedPath) : "/";
    const kind = interactivePages.has(pagePath) ? "interactive" : "static";
    response.setHeader("Content-Security-Policy", serializePolicy(isEditorPath(pagePath) ? localEditorPolicy : policyFor(pagePath, kind)));
    for (const [name, value] of securityHeadersFor(pagePath, { https: false })) response.setHeader(name, value);

    if (request.method !== "GET" && request.method !== "HEAD") {
      response.writeHead(405, { Allow: "GET, HEAD" }).end();
      return;
    }
    if (!target) {
      response.writeHead(400, { Connection: "close" }).end();
      return;
    }
    if (target.decodedPath.split("/").some((segment) => segment.startsWith("."))) {
      await sendNotFound(absoluteRoot, request, response);
      return;
    }
    if (!target.rawPath.endsWith("/") && (await isFolderWithPage(absoluteRoot, target.decodedPath))) {
      response.writeHead(308, { Location: folderRedirect(target) }).end();
      return;
    }

    response.setHeader("Cache-Control", cacheControlFor(target.decodedPath));
    response.setHeader("Vary", "Accept-Encoding");
    const contentType = knownContentTypeFor(target.decodedPath);
    if (contentType) response.setHeader("Content-Type", contentType);
    if (request.headers.range !== undefined && !isSimpleRange(request.headers.range)) delete request.headers.range;
    guardFileStream(request, response);
    files(request, response);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      // A file that vanished between sirv's look-up and its read; nothing about it is logged.
      if (!response.headersSent) response.writeHead(500).end();
      else response.destroy();
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
