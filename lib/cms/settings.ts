import { z } from "zod";

/**
 * Where the editor at /admin/ keeps the content: a git host, chosen by settings at build time
 * (see docs/adr/0012-editor-on-a-git-host.md). GitLab and Forgejo sign editors in with OAuth and PKCE
 * in the browser, so they need no server of ours; GitHub needs an OAuth helper. (Decap's Gitea
 * backend has no editorial workflow, so a Gitea server is not offered.)
 */
const gitHosts = ["gitlab", "forgejo", "github"] as const;
type GitHost = (typeof gitHosts)[number];

const origin = z
  .url({ protocol: /^https?$/, error: "must be a web address such as https://gitlab.com" })
  .transform((value) => new URL(value).origin);

const settingsSchema = z
  .object({
    CMS_GIT_HOST: z.enum(gitHosts).default("gitlab"),
    /** The repository, "group/name" (GitLab allows subgroups: "group/sub/name"). */
    CMS_REPO: z
      .string()
      .regex(/^[\w.-]+(\/[\w.-]+)+$/, 'must be the repository as "owner/name"')
      .optional(),
    CMS_BRANCH: z.string().min(1).default("main"),
    /** The git host's own address: https://gitlab.com, a self-hosted GitLab, or a Forgejo such as https://codeberg.org. */
    CMS_GIT_HOST_URL: origin.optional(),
    /** The OAuth application's id (client id) that editors sign in through, for PKCE. */
    CMS_APP_ID: z.string().min(1).optional(),
    /** GitHub only: the OAuth helper's address (Decap's `base_url`). */
    CMS_AUTH_URL: origin.optional(),
    /** The port decap-server listens on for local editing (`npm run cms`) and the editor's tests. */
    DECAP_SERVER_PORT: z.coerce.number().int().min(1).max(65535).default(8081),
  })
  .refine((settings) => settings.CMS_GIT_HOST_URL || settings.CMS_GIT_HOST !== "forgejo", {
    message: "Forgejo has no one address: set CMS_GIT_HOST_URL to the host's, e.g. https://codeberg.org",
    path: ["CMS_GIT_HOST_URL"],
  });

export interface EditorSettings {
  gitHost: GitHost;
  /** Null until the site has a repository on the git host: then /admin/ works only locally. */
  repo: string | null;
  branch: string;
  /** The host's web address, where editors sign in. */
  hostUrl: string;
  /** The host's API, the only other origin the editor talks to. */
  apiRoot: string;
  appId: string | null;
  authUrl: string | null;
  /** decap-server's API for local editing. */
  localProxyUrl: string;
}

const DEFAULT_HOST_URL: Partial<Record<GitHost, string>> = { gitlab: "https://gitlab.com", github: "https://github.com" };

function apiRootFor(gitHost: GitHost, hostUrl: string): string {
  if (gitHost === "gitlab") return `${hostUrl}/api/v4`;
  if (gitHost === "github") return hostUrl === "https://github.com" ? "https://api.github.com" : `${hostUrl}/api/v3`;
  return `${hostUrl}/api/v1`;
}

/** The editor's settings from the environment; a bad value stops the build with the variable and the problem. */
export function editorSettings(env: Readonly<Record<string, string | undefined>>): EditorSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`Editor settings: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  }
  const settings = parsed.data;
  const hostUrl = settings.CMS_GIT_HOST_URL ?? DEFAULT_HOST_URL[settings.CMS_GIT_HOST]!;
  return {
    gitHost: settings.CMS_GIT_HOST,
    repo: settings.CMS_REPO ?? null,
    branch: settings.CMS_BRANCH,
    hostUrl,
    apiRoot: apiRootFor(settings.CMS_GIT_HOST, hostUrl),
    appId: settings.CMS_APP_ID ?? null,
    authUrl: settings.CMS_AUTH_URL ?? null,
    localProxyUrl: `http://localhost:${settings.DECAP_SERVER_PORT}/api/v1`,
  };
}

/**
 * The origins the editor may connect to besides the site itself: the git host's API, and its
 * web address, where the PKCE sign-in fetches its token. Nothing else.
 */
export function gitHostOrigins(settings: EditorSettings): string[] {
  return [...new Set([new URL(settings.apiRoot).origin, settings.hostUrl])];
}

/** What the editor may connect to when the site is served locally (`npm start`, `npm run cms`): decap-server too. */
export function localEditorOrigins(settings: EditorSettings): string[] {
  return [...gitHostOrigins(settings), new URL(settings.localProxyUrl).origin];
}
