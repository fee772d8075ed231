/**
 * The HTTP headers every response of the site carries. This is the one place they are defined:
 * `npm start` sends them (scripts/serve.ts), and `npm run deploy:config` writes them into the
 * nginx server block and the `_headers` file in deploy/, which a test keeps in step.
 */

/**
 * Content-Security-Policy. Only the site's own origin is ever allowed.
 * - script-src 'unsafe-inline': Next.js puts the page's React Server Components payload in inline
 *   <script> tags in every exported page, and a static host cannot add a per-response nonce.
 *   scripts/csp-hashes.ts therefore adds a per-page <meta> policy that lists the SHA-256 hash of
 *   each inline script; browsers enforce both policies, and a hash list disables 'unsafe-inline',
 *   so in practice only the site's own files and those exact scripts can run.
 * - 'wasm-unsafe-eval': the site search (Pagefind) runs its index in WebAssembly. It allows
 *   compiling WebAssembly from the site's own files only, not eval() of strings.
 * - style-src 'unsafe-inline': Leaflet and React set style attributes.
 */
/** Script sources every page allows besides its own inline-script hashes. */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

export const contentSecurityPolicy: Readonly<Record<string, readonly string[]>> = {
  "default-src": ["'self'"],
  "script-src": [...SCRIPT_SOURCES, "'unsafe-inline'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

function serializePolicy(policy: Readonly<Record<string, readonly string[]>>): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

export interface SecurityHeaderOptions {
  /** Strict-Transport-Security only makes sense over HTTPS; `npm start` serves plain HTTP on localhost. */
  https: boolean;
}

export function securityHeaders({ https }: SecurityHeaderOptions): ReadonlyArray<readonly [string, string]> {
  return [
    ["Content-Security-Policy", serializePolicy(contentSecurityPolicy)],
    ["Referrer-Policy", "no-referrer"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=(), usb=()"],
    ...(https ? ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] as const) : []),
  ];
}
