/**
 * nginx for the tests: the site's server blocks from lib/security/deploy-config.ts, on loopback
 * ports, inside a main config like Debian's own (its main error log at the default level, and an
 * access log in the combined format for anything the site's blocks would not log themselves), with
 * a throwaway self-signed certificate and everything nginx writes in one folder.
 */
import { execFileSync } from "node:child_process";
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { nginxConfig } from "../../lib/security/deploy-config";
import { SITE_URL } from "../../lib/site/settings";

export const NGINX_PATH = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

/** The ports of the nginx end-to-end run: beside E2E_PORT, so that parallel runs on one machine do not collide. */
export function nginxPorts(e2ePort = Number(process.env.E2E_PORT ?? 4321)) {
  return { https: e2ePort + 4, http: e2ePort + 5 };
}

export interface NginxTestSite {
  /** Where the config, certificate, logs and nginx's own files are. */
  directory: string;
  configFile: string;
}

export async function writeNginxTestSite(options: {
  directory: string;
  root: string;
  interactivePages: readonly string[];
  https: number;
  http: number;
}) {
  const { directory, root, interactivePages } = options;
  await rm(directory, { recursive: true, force: true });
  await mkdir(path.join(directory, "logs"), { recursive: true });
  await mkdir(path.join(directory, "temp"), { recursive: true });
  const certificate = path.join(directory, "certificate.pem");
  const certificateKey = path.join(directory, "certificate.key");
  const serverName = new URL(SITE_URL).hostname;
  execFileSync(
    "openssl",
    ["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2"].concat([
      "-subj",
      `/CN=${serverName}`,
      "-keyout",
      certificateKey,
      "-out",
      certificate,
    ]),
    { stdio: "ignore" },
  );
  const site = nginxConfig({
    serverName,
    interactivePages,
    root: path.resolve(root),
    certificate,
    certificateKey,
    logDirectory: path.join(directory, "logs"),
    listen: { https: [`127.0.0.1:${options.https}`], http: [`127.0.0.1:${options.http}`] },
  });
  await writeFile(path.join(directory, "site.conf"), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(directory, "temp", name)};`;
  const main = `pid ${path.join(directory, "nginx.pid")};
error_log ${path.join(directory, "logs", "error.log")};
worker_processes 1;
events {
    worker_connections 256;
}
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log ${path.join(directory, "logs", "access.log")};
    ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join("\n    ")}
    include ${path.join(directory, "site.conf")};
}
`;
  const configFile = path.join(directory, "nginx.conf");
  await writeFile(configFile, main);
  return { directory, configFile } satisfies NginxTestSite;
}

/** A folder of its own for each use, under the system's temporary folder. */
export function nginxTestDirectory(name: string) {
  return path.join(tmpdir(), `nok-nginx-${name}`);
}

/** The folder of the nginx end-to-end run (tests/support/nginx-server.ts), whose logs the tests read. */
export function nginxE2eDirectory() {
  return nginxTestDirectory(`e2e-${nginxPorts().https}`);
}

/** `nginx -t` on the config: its exit status and everything it printed. */
export function testNginxConfig({ directory, configFile }: NginxTestSite): { ok: boolean; output: string } {
  try {
    const output = execFileSync(NGINX_PATH, ["-t", "-q", "-p", directory, "-c", configFile], {
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
    return { ok: true, output };
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${stdout}${stderr}` };
  }
}
