/**
 * The HTTP headers the site's responses carry. This is the one place they are defined: `npm start`
 * sends them (scripts/serve.ts), and `npm run deploy:config` writes them into the nginx config and
 * the `_headers` files in deploy/, which a test keeps in step with the build.
 */
import { editorSettings, gitHostOrigins } from "../cms/settings";

/**
 * What a page needs to run (docs/adr/0011-islands.md). A static page is plain HTML with the island
 * scripts it uses as files; an interactive page also runs React and Next's runtime. The kind is
 * read from the built page itself, never from a list of paths: the post-build step reads the marker
 * the page's template rendered (lib/islands/page-kind.ts), and the servers and deploy configs read
 * whether the page kept Next's scripts (lib/islands/built-pages.ts).
 */
export type PageKind = "static" | "interactive";

/** A Content-Security-Policy, directive by directive. */
export type Policy = Readonly<Record<string, readonly string[]>>;

/**
 * Content-Security-Policy of a static page, and the base of every other. Only the site's own origin
 * is ever allowed, and scripts only as files from it: no inline script, no eval, no WebAssembly.
 * style-src keeps 'unsafe-inline' for style attributes (Leaflet's and React's, and the browser's
 * own for hidden elements).
 */
const staticPagePolicy: Policy = {
  "default-src": ["'self'"],
  "script-src": ["'self'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "form-action": ["'self'"],
  "frame-ancestors": ["'none'"],
};

/**
 * An interactive page's header policy adds to script-src:
 * - 'unsafe-inline': Next.js puts the page's React Server Components payload in inline <script>
 *   tags, and a static host cannot add a per-response nonce. The post-build step therefore adds a
 *   <meta> policy to each interactive page listing the SHA-256 hash of each of its inline scripts;
 *   browsers enforce both policies, and a hash list disables 'unsafe-inline', so in practice only
 *   the site's own files and those exact scripts run.
 * - 'wasm-unsafe-eval': the site search (Pagefind) runs its index in WebAssembly. It allows
 *   compiling WebAssembly from the site's own files only, not eval() of strings.
 */
const interactivePagePolicy: Policy = {
  ...staticPagePolicy,
  "script-src": ["'self'", "'wasm-unsafe-eval'", "'unsafe-inline'"],
};

export const pagePolicies: Readonly<Record<PageKind, Policy>> = {
  static: staticPagePolicy,
  interactive: interactivePagePolicy,
};

/** Where the editor (Decap CMS, docs/adr/0012-editor-on-a-git-host.md) lives; it is not part of the public site. */
export const EDITOR_PATH = "/admin/";

export function isEditorPath(pathname: string): boolean {
  return pathname === EDITOR_PATH.slice(0, -1) || pathname.startsWith(EDITOR_PATH);
}

/**
 * The editor's policy: the site itself and `origins` (the git host's API, and where it is served
 * locally, decap-server), nothing else. Decap is a large single-page app that needs more than a
 * public page: script-src 'unsafe-eval', because it checks its configuration with ajv, which
 * compiles the check from a string (decaporg/decap-cms issue 2138); blob: images for previews,
 * and the git host's for editors' avatars. It shows only the repository's own content to signed-in
 * editors; no public page loads any of it.
 */
export function editorPolicy(origins: readonly string[]): Policy {
  return {
    ...staticPagePolicy,
    "script-src": ["'self'", "'unsafe-eval'"],
    "img-src": ["'self'", "data:", "blob:", ...origins],
    "connect-src": ["'self'", ...origins],
  };
}

/** A part of the site with rules of its own, whatever its pages' kind. */
export interface PathRule {
  /** Starts and ends with "/". */
  prefix: string;
  policy: Policy;
  /** Headers sent there in place of the site's (securityHeaders), or besides them. */
  headers?: Readonly<Record<string, string>>;
}

/**
 * The editor's headers besides its policy: some git hosts sign in through a window the editor
 * opens, which must be able to report back to it; and search engines are told to keep out, as
 * robots.txt and the page's own meta tag also say.
 */
const editorHeaders = {
  "Cross-Origin-Opener-Policy": "same-origin-allow-popups",
  "X-Robots-Tag": "noindex, nofollow",
};

/**
 * Parts of the site with rules of their own, by path prefix. Every server and deploy config applies
 * them before the page kinds.
 */
export const pathPolicies: readonly PathRule[] = [
  // Pagefind compiles its index's WebAssembly in a worker, and a worker runs under the policy its
  // own script file (pagefind-worker.js) is sent with.
  { prefix: "/pagefind/", policy: { ...staticPagePolicy, "script-src": ["'self'", "'wasm-unsafe-eval'"] } },
  // The git host comes from the same settings as the build (CMS_GIT_HOST, CMS_GIT_HOST_URL).
  { prefix: EDITOR_PATH, policy: editorPolicy(gitHostOrigins(editorSettings(process.env))), headers: editorHeaders },
];

/** The policy a response for `pathname` carries, given the kind of page there (static for anything that is not a page). */
export function policyFor(pathname: string, kind: PageKind): Policy {
  return pathPolicies.find(({ prefix }) => pathname.startsWith(prefix))?.policy ?? pagePolicies[kind];
}

export function serializePolicy(policy: Policy): string {
  return Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(" "))
    .join("; ");
}

/**
 * The script-src of the <meta> policy the post-build step puts in a page: its kind's sources without
 * 'unsafe-inline', to which the page's own inline-script hashes are added.
 */
export function metaScriptSources(kind: PageKind): readonly string[] {
  return pagePolicies[kind]["script-src"]!.filter((source) => source !== "'unsafe-inline'");
}

export interface SecurityHeaderOptions {
  /** Strict-Transport-Security only makes sense over HTTPS; `npm start` serves plain HTTP on localhost. */
  https: boolean;
}

/** The site's security headers but the Content-Security-Policy, which depends on the path (policyFor). */
export function securityHeaders({ https }: SecurityHeaderOptions): ReadonlyArray<readonly [string, string]> {
  return [
    ["Referrer-Policy", "no-referrer"],
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ["Cross-Origin-Resource-Policy", "same-origin"],
    ["Permissions-Policy", "geolocation=(self), camera=(), microphone=(), payment=(), usb=()"],
    ...(https ? ([["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]] as const) : []),
  ];
}

/** The security headers of a response for `pathname` but its Content-Security-Policy: the site's, with its part's own (pathPolicies). */
export function securityHeadersFor(pathname: string, options: SecurityHeaderOptions): ReadonlyArray<readonly [string, string]> {
  const own: Readonly<Record<string, string>> = pathPolicies.find(({ prefix }) => pathname.startsWith(prefix))?.headers ?? {};
  const site = securityHeaders(options);
  const added = Object.entries(own).filter(([name]) => !site.some(([siteName]) => siteName === name));
  return [...site.map(([name, value]) => [name, own[name] ?? value] as const), ...added];
}
