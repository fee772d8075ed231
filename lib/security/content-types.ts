/**
 * Content types by file extension, for the static server. The share images are drawn with a
 * .png extension (scripts/share-images.ts), so nginx's mime.types and static hosts send them as
 * image/png without a rule of their own.
 */
const contentTypesByExtension: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".geojson": "application/geo+json; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".wasm": "application/wasm",
  ".webmanifest": "application/manifest+json",
  ".pdf": "application/pdf",
};

export function contentTypeFor(fileName: string): string {
  const extension = /\.[a-z0-9]+$/i.exec(fileName)?.[0]?.toLowerCase() ?? "";
  return contentTypesByExtension[extension] ?? "application/octet-stream";
}
