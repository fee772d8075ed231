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

/** Where the editor (Decap CMS) lives; it is not part of the public site. */
export const EDITOR_PATH = "/admin/";

export function isEditorPath(pathname: string): boolean {
  return pathname === EDITOR_PATH.slice(0, -1) || pathname.startsWith(EDITOR_PATH);
}

/**
 * The editor's own policy, for /admin/ only: the site itself and the git host's API, nothing
 * else. Decap CMS is a large single-page app that needs more than the public pages allow:
 * - script-src 'unsafe-eval': Decap checks its configuration with ajv, which compiles the check
 *   into a function from a string (decaporg/decap-cms issue 2138);
 * - style-src 'unsafe-inline': its styles are injected at run time (emotion);
 * - img-src blob: previews; the git host for editors' avatars.
 * The editor shows only the repository's own content to signed-in editors, and the public pages
 * keep their strict policy.
 */
export function editorContentSecurityPolicy(gitHostOrigins: readonly string[]): Readonly<Record<string, readonly string[]>> {
  return {
    ...contentSecurityPolicy,
    "script-src": ["'self'", "'unsafe-eval'"],
    "img-src": ["'self'", "data:", "blob:", ...gitHostOrigins],
    "connect-src": ["'self'", ...gitHostOrigins],
  };
}

interface EditorHeaderOptions extends SecurityHeaderOptions {
  /** The origins the editor talks to: the git host's (lib/cms/settings.ts), and locally decap-server's. */
  editorOrigins: readonly string[];
}

/**
 * The editor's headers: the site's, with the editor's own policy, kept out of search engines,
 * and able to open the sign-in window some git hosts use.
 */
export function editorSecurityHeaders({ https, editorOrigins }: EditorHeaderOptions): ReadonlyArray<readonly [string, string]> {
  const replaced: Readonly<Record<string, string>> = {
    "Content-Security-Policy": serializePolicy(editorContentSecurityPolicy(editorOrigins)),
    "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
  };
  return [
    ...securityHeaders({ https }).map(([name, value]) => [name, replaced[name] ?? value] as const),
    ["X-Robots-Tag", "noindex, nofollow"],
  ];
}

/** The headers for one path: the editor's under /admin/, the site's everywhere else. */
export function securityHeadersFor(pathname: string, options: EditorHeaderOptions): ReadonlyArray<readonly [string, string]> {
  return isEditorPath(pathname) ? editorSecurityHeaders(options) : securityHeaders(options);
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
