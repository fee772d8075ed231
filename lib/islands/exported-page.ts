/**
 * What the post-build step (scripts/static-pages.ts) does to each page Next exported, once it knows
 * the page's kind (./page-kind.ts): take Next's runtime out of a static page, add the island
 * scripts the page uses, and put its script policy first in <head>. Pure string functions over
 * Next's output, with the assumptions about that output checked rather than trusted
 * (docs/adr/0011-islands.md).
 */
import { createHash } from "node:crypto";
import { metaScriptSources, type PageKind } from "../security/headers";

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b(?=[^>]*\brel="(?:preload|modulepreload)")(?=[^>]*\bhref="\/_next\/[^"]*\.js")[^>]*>/gi;
const HEAD_OPEN = /<head\b[^>]*>/i;
const HEAD_CLOSE = /<\/head>/i;
const ISLAND_ATTRIBUTE = /\bdata-island="([^"]+)"/g;

/**
 * Signs in the HTML that React would still have to show something: a Suspense boundary whose
 * content is still to stream in (`<!--$?-->`) or that falls back to the client (`<!--$!-->`),
 * streamed content parked in a hidden element, or a template to be filled in by a script.
 */
const NEEDS_RUNTIME = [
  { pattern: /<!--\$\?-->/, what: "a Suspense boundary waiting for streamed content (<!--$?-->)" },
  { pattern: /<!--\$!-->/, what: "a part rendered only in the browser (<!--$!-->, e.g. next/dynamic with ssr: false)" },
  { pattern: /<div hidden id="S:/, what: "streamed content parked in a hidden element" },
  { pattern: /<template\b/i, what: "a <template> that a script would fill in" },
];

/** Whether a script element runs (a classic or module script), rather than carrying data (JSON-LD, import maps aside). */
function isExecutable(attributes: string): boolean {
  const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
  return !type || type === "module" || type.includes("javascript");
}

/**
 * A static page without Next's runtime: every script that would run (the runtime's chunks, the
 * inline React Server Components payload, the legacy polyfills) and the preloads of Next's scripts.
 * The HTML that React rendered on the server stays as it is, so the page looks exactly as it does
 * without JavaScript. Refuses, naming what it found, a page whose content needs the runtime to show.
 */
export function withoutRuntime(html: string, page: string): string {
  const needsRuntime = NEEDS_RUNTIME.find(({ pattern }) => pattern.test(html));
  if (needsRuntime) {
    throw new Error(
      `${page} is static but has ${needsRuntime.what}, which only Next's runtime would show. ` +
        "Render that part on the server, or mark the page interactive (pageMetadata({ interactive: true })).",
    );
  }
  const stripped = html
    .replace(SCRIPT_ELEMENT, (element, attributes: string) => (isExecutable(attributes) ? "" : element))
    .replace(SCRIPT_PRELOAD, "");
  const left = runtimeReferences(stripped);
  if (left.length > 0) throw new Error(`${page}: Next's runtime is still referenced after stripping: ${left.join(", ")}`);
  return stripped;
}

/** Executable scripts and references to Next's script files that a page has: none, on a static page. */
export function runtimeReferences(html: string): string[] {
  const found: string[] = [];
  for (const [element, attributes = "", body = ""] of html.matchAll(SCRIPT_ELEMENT)) {
    if (!isExecutable(attributes)) continue;
    const src = /\bsrc="([^"]*)"/.exec(attributes)?.[1];
    if (src === undefined) found.push(`inline script «${body.slice(0, 40)}»`);
    else if (src.startsWith("/_next/")) found.push(`script ${src}`);
    else if (!/\btype="module"/.test(attributes)) found.push(`classic script ${element.slice(0, 80)}`);
  }
  for (const [href] of html.matchAll(/\/_next\/[^"'\s]*\.js\b/g)) found.push(href);
  return [...new Set(found)];
}

/** The islands a page's markup asks for, by name (`data-island="name"`), in order of first use. */
export function islandsUsedBy(html: string): string[] {
  return [...new Set([...html.matchAll(ISLAND_ATTRIBUTE)].map(([, name]) => name!))];
}

/**
 * The page with its island scripts at the end of <head>: each module, and a modulepreload for each
 * module they import, so that the browser fetches them all at once instead of one after another.
 * Module scripts run after the document is parsed, so they never hold up the first paint.
 */
export function withIslandScripts(html: string, modules: readonly string[], preloads: readonly string[]): string {
  if (modules.length === 0) return html;
  const close = HEAD_CLOSE.exec(html);
  if (!close) throw new Error("The page has no </head> to put its island scripts in");
  const tags = [
    ...preloads.map((href) => `<link rel="modulepreload" href="${href}"/>`),
    ...modules.map((src) => `<script type="module" src="${src}"></script>`),
  ].join("");
  return html.slice(0, close.index) + tags + html.slice(close.index);
}

/** The CSP source expression for each inline script that a browser would run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(SCRIPT_ELEMENT)) {
    if (/\bsrc\s*=/i.test(attributes) || !isExecutable(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * Adds a <meta> Content-Security-Policy, first in <head>, that lets only the site's own script files
 * and this page's exact inline scripts run (a static page has none). Browsers enforce it together
 * with the header policy: on an interactive page it takes away the header's 'unsafe-inline' (needed
 * because a static host cannot vary the header per response), and on a host that sends no headers
 * at all it still keeps every other script out.
 */
export function withScriptPolicy(html: string, kind: PageKind): string {
  const head = HEAD_OPEN.exec(html);
  if (!head) throw new Error("The page has no <head> to put its script policy in");
  const policy = ["script-src", ...metaScriptSources(kind), ...inlineScriptHashes(html)].join(" ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
