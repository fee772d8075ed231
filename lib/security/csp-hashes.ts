import { createHash } from "node:crypto";
import { SCRIPT_SOURCES } from "./headers";

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const HEAD_OPEN = /<head\b[^>]*>/i;

/** The CSP source expression for each inline script that a browser would run. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes = "", body = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1]?.toLowerCase();
    // Data blocks such as JSON-LD are never executed, so the policy need not list them.
    if (type && type !== "module" && !type.includes("javascript")) continue;
    hashes.add(`'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * Adds a <meta> Content-Security-Policy, first in <head>, that lets only the site's own script
 * files and this page's exact inline scripts run. Browsers enforce it together with the header
 * policy, so the header's 'unsafe-inline' (needed because a static host cannot vary the header
 * per page) no longer lets any other inline script through.
 */
export function withScriptHashPolicy(html: string): string {
  const head = HEAD_OPEN.exec(html);
  if (!head) throw new Error("The page has no <head> to put its script policy in");
  const policy = ["script-src", ...SCRIPT_SOURCES, ...inlineScriptHashes(html)].join(" ");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  const at = head.index + head[0].length;
  return html.slice(0, at) + meta + html.slice(at);
}
