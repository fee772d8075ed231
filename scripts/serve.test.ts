import { mkdtemp, rm, truncate, unlink, writeFile } from "node:fs/promises";
import { readdirSync } from "node:fs";
import { request as httpRequest, type Server } from "node:http";
import { connect } from "node:net";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startStaticServer } from "./serve";

const BIG = Buffer.alloc(1024 * 1024, "nok ");
let root: string;
let server: Server;
let port: number;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(pathname: string, headers: Record<string, string> = {}, method = "GET"): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest({ host: "127.0.0.1", port, path: pathname, headers, method }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on("error", reject);
    });
    request.on("error", reject);
    request.end();
  });
}

/** Sends raw bytes and returns the first line of the answer ("" if the connection closed without one). */
function raw(bytes: string | Buffer): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(bytes));
    let answer = "";
    socket.on("data", (chunk) => {
      answer += chunk.toString("latin1");
      if (answer.includes("\r\n")) socket.destroy();
    });
    socket.on("close", () => resolve(answer.split("\r\n")[0] ?? ""));
    socket.on("error", () => resolve(answer.split("\r\n")[0] ?? ""));
    socket.setTimeout(2000, () => socket.destroy());
  });
}

/** Starts downloading a file and drops the connection after the first bytes arrive. */
function abortedDownload(pathname: string): Promise<void> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1", () => socket.write(`GET ${pathname} HTTP/1.1\r\nHost: localhost\r\n\r\n`));
    socket.once("data", () => socket.destroy());
    socket.on("close", () => resolve());
    socket.on("error", () => resolve());
  });
}

const openFiles = () => readdirSync("/proc/self/fd").length;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "nok-serve-"));
  const page = (title: string, extra = "") =>
    `<!DOCTYPE html><html lang="nb"><head><title>${title}</title>${extra}</head><body><h1>${title}</h1></body></html>`;
  await writeFile(path.join(root, "index.html"), page("Forside"));
  await writeFile(path.join(root, "404.html"), page("Fant ikke siden"));
  await writeFile(path.join(root, "404.html.gz"), gzipSync(page("Fant ikke siden")));
  await writeFile(path.join(root, "big.js"), BIG);
  await writeFile(path.join(root, "big.js.br"), brotliCompressSync(BIG));
  await writeFile(path.join(root, "big.js.gz"), gzipSync(BIG));
  for (const folder of ["kommuner", "finn-senter", "_next/static/chunks", "pagefind"])
    await import("node:fs/promises").then((fs) => fs.mkdir(path.join(root, folder), { recursive: true }));
  await writeFile(path.join(root, "kommuner", "index.html"), page("Kommuner"));
  await writeFile(
    path.join(root, "finn-senter", "index.html"),
    page("Finn senter", '<script src="/_next/static/chunks/a.js" async=""></script>'),
  );
  await writeFile(path.join(root, "_next/static/chunks/a.js"), "console.log(1)");
  await writeFile(path.join(root, "pagefind", "pagefind.js"), "export {}");
  server = await startStaticServer({ root, port: 0 });
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(root, { recursive: true, force: true });
});

describe("the static server", () => {
  it("sends the brotli or gzip copy as accepted, says so in Vary, and answers a repeated request with 304", async () => {
    const br = await get("/big.js", { "Accept-Encoding": "gzip, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["vary"]).toBe("Accept-Encoding");
    expect(br.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect((await get("/big.js", { "Accept-Encoding": "gzip" })).headers["content-encoding"]).toBe("gzip");
    const plain = await get("/big.js");
    expect(plain.body.equals(BIG)).toBe(true);
    expect((await get("/big.js", { "If-None-Match": String(plain.headers.etag) })).status).toBe(304);
    const head = await get("/big.js", {}, "HEAD");
    expect([head.status, head.headers["content-length"], head.body.length]).toEqual([200, String(BIG.length), 0]);
  });

  it("sends a simple range, and the whole file for a range it cannot read right", async () => {
    const range = await get("/big.js", { Range: "bytes=4-7" });
    expect(range.status).toBe(206);
    expect(range.body.toString()).toBe("nok ");
    for (const header of ["bytes=7-4", "bytes=-4", "bytes=0-1,4-5", "lines=1-2"]) {
      const whole = await get("/big.js", { Range: header });
      expect([whole.status, whole.body.length], header).toEqual([200, BIG.length]);
    }
  });

  it("keeps content-hashed files for a year and revalidates the rest", async () => {
    expect((await get("/_next/static/chunks/a.js")).headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect((await get("/pagefind/pagefind.js")).headers["cache-control"]).toBe("no-cache");
    expect((await get("/")).headers["cache-control"]).toBe("no-cache");
  });

  it("gives a page that runs Next's runtime the interactive policy, and every other the strict one", async () => {
    expect((await get("/finn-senter/")).headers["content-security-policy"]).toContain(
      "script-src 'self' 'wasm-unsafe-eval' 'unsafe-inline';",
    );
    expect((await get("/kommuner/")).headers["content-security-policy"]).toContain("script-src 'self';");
  });

  it("answers an unknown address with the 404 page, compressed as accepted", async () => {
    const answer = await get("/finnes-ikke/", { "Accept-Encoding": "gzip" });
    expect(answer.status).toBe(404);
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect((await get("/finnes-ikke/")).body.toString()).toContain("Fant ikke siden");
    // A file missing under a content-hashed folder is not cached as if it were there.
    const missing = await get("/_next/static/chunks/gone.js");
    expect([missing.status, missing.headers["cache-control"]]).toEqual([404, "no-cache"]);
  });

  it("redirects a folder to its page, keeping the query", async () => {
    const answer = await get("/kommuner?fylke=innlandet&side=2");
    expect(answer.status).toBe(308);
    expect(answer.headers.location).toBe("/kommuner/?fylke=innlandet&side=2");
  });

  it("never redirects //host off the site", async () => {
    expect((await get("//example.org/")).status).toBe(404);
    expect((await get("//example.org")).status).toBe(404);
    expect((await get("///kommuner?x=1")).headers.location).toBe("/kommuner/?x=1");
    expect((await get("/%2F%2Fkommuner")).headers.location).toBe("/%2F%2Fkommuner/");
    expect((await get("/%2F%2Fkommuner")).headers.location).toMatch(/^\/[^/\\]/);
    expect((await get("/..%2F..%2Fetc%2Fpasswd")).status).toBe(404);
  });

  it("answers malformed requests with 400, and logs nothing", { timeout: 30_000 }, async () => {
    const written = [
      vi.spyOn(process.stdout, "write"),
      vi.spyOn(process.stderr, "write"),
      vi.spyOn(console, "error"),
      vi.spyOn(console, "log"),
    ];
    try {
      for (const request of [
        "GET /a b HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /%zz HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /%E2%80 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET http://example.org/ HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET * HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /%00 HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET /\\example.org HTTP/1.1\r\nHost: x\r\n\r\n",
        "GET / HTTP/9.9\r\nHost: x\r\n\r\n",
        Buffer.from([0x16, 0x03, 0x01, 0x00, 0xa5, 0x01, 0x00, 0x00, 0xa1, 0x03, 0x03, 0x0d, 0x0a, 0x0d, 0x0a]),
      ]) {
        expect(await raw(request), String(request)).toMatch(/^HTTP\/1\.1 400 /);
      }
      expect((await get("/")).status).toBe(200);
      for (const spy of written) expect(spy).not.toHaveBeenCalled();
    } finally {
      written.forEach((spy) => spy.mockRestore());
    }
  });

  it("is still there after 2,000 aborted downloads, with no file left open", { timeout: 60_000 }, async () => {
    await abortedDownload("/big.js");
    const before = openFiles();
    for (let round = 0; round < 40; round++) await Promise.all(Array.from({ length: 50 }, () => abortedDownload("/big.js")));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(openFiles() - before).toBeLessThan(20);
    const answer = await get("/big.js");
    expect([answer.status, answer.body.length]).toEqual([200, BIG.length]);
  });

  it("goes on serving while a file it is sending is replaced, shortened or removed", { timeout: 60_000 }, async () => {
    const file = path.join(root, "replaced.js");
    await writeFile(file, BIG);
    // Each change lands at some point of a request in flight: before the look-up, between the
    // look-up and the open, or while the file is being read.
    for (let round = 0; round < 300; round++) {
      const downloads = [get("/replaced.js").catch(() => null), get("/replaced.js", { "Accept-Encoding": "gzip" }).catch(() => null)];
      await new Promise((resolve) => setTimeout(resolve, round % 3));
      if (round % 3 === 0) await unlink(file).catch(() => {});
      else if (round % 3 === 1) await truncate(file, 100).catch(() => {});
      await writeFile(file, round % 2 ? BIG : BIG.subarray(0, 1000 * round + 1));
      await Promise.all(downloads);
    }
    await writeFile(file, "ny");
    const answer = await get("/replaced.js");
    expect([answer.status, answer.body.toString()]).toEqual([200, "ny"]);
  });
});
