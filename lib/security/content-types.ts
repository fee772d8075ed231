/**
 * Content types by file extension, for the static server and the nginx config. The share images are
 * drawn with a .png extension (scripts/share-images.ts), so nginx's mime.types and static hosts send
 * them as image/png without a rule of their own.
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

function extensionOf(fileName: string): string {
  return /\.[a-z0-9]+$/i.exec(fileName)?.[0]?.toLowerCase() ?? "";
}

/** The type for a file name, or null when the name has no extension this site knows. */
export function knownContentTypeFor(fileName: string): string | null {
  return contentTypesByExtension[extensionOf(fileName)] ?? null;
}

export function contentTypeFor(fileName: string): string {
  return knownContentTypeFor(fileName) ?? "application/octet-stream";
}

/**
 * The kinds of file that compress well: text, and uncompressed binary formats. PNGs, fonts and
 * Pagefind's index files (gzip inside) are compressed already.
 */
export const COMPRESSIBLE_EXTENSIONS: readonly string[] = [
  ".html",
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".geojson",
  ".txt",
  ".xml",
  ".svg",
  ".ico",
  ".wasm",
  ".webmanifest",
];

export function isCompressible(fileName: string): boolean {
  return COMPRESSIBLE_EXTENSIONS.includes(extensionOf(fileName));
}

/** The content types of the compressible files, without parameters (nginx's gzip_types). */
export function compressibleContentTypes(): string[] {
  return [...new Set(COMPRESSIBLE_EXTENSIONS.map((extension) => contentTypesByExtension[extension]!.split(";")[0]!))];
}
