/**
 * The first step of `npm test`: make sure the system programs the tests drive are installed. A
 * missing one is installed with Debian's apt when this user may (root, or sudo without a
 * password), as on a fresh CI machine; otherwise the run stops at once, naming the command.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { CHROMIUM_PATH } from "../tests/support/chromium";
import { NGINX_PATH } from "../tests/support/nginx";

interface SystemProgram {
  name: string;
  path: string;
  /** The Debian package that installs it. */
  aptPackage: string;
  why: string;
}

const PROGRAMS: readonly SystemProgram[] = [
  { name: "Chromium", path: CHROMIUM_PATH, aptPackage: "chromium", why: "The end-to-end tests drive Debian's Chromium." },
  {
    name: "nginx",
    path: NGINX_PATH,
    aptPackage: "nginx-light",
    why: "The tests check deploy/nginx.conf with `nginx -t` and serve the site with it.",
  },
  { name: "OpenSSL", path: "/usr/bin/openssl", aptPackage: "openssl", why: "The nginx tests make a throwaway certificate with it." },
];

function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** "" as root, "sudo" when sudo works without a password, null when this user may not install. */
function privilegePrefix(): string | null {
  if (process.getuid?.() === 0) return "";
  return spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0 ? "sudo" : null;
}

function aptGet(prefix: string, args: string[]) {
  const [command, ...rest] = prefix ? [prefix, "apt-get", ...args] : ["apt-get", ...args];
  execFileSync(command, rest, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
}

const missing = PROGRAMS.filter((program) => !isExecutable(program.path));
if (missing.length > 0) {
  const packages = missing.map((program) => program.aptPackage);
  const prefix = privilegePrefix();
  if (prefix === null) {
    for (const program of missing) console.error(`${program.name} was not found at ${program.path}. ${program.why}`);
    console.error(`Install with:  sudo apt-get install -y ${packages.join(" ")}\n(or set CHROMIUM_PATH to another Chromium binary).`);
    process.exit(1);
  }
  console.log(`Installing ${packages.join(", ")} with apt, which the tests need.`);
  aptGet(prefix, ["update", "-qq"]);
  aptGet(prefix, ["install", "-y", "-qq", ...packages]);
  const stillMissing = missing.filter((program) => !isExecutable(program.path));
  if (stillMissing.length > 0) {
    console.error(`apt installed ${packages.join(" ")}, but ${stillMissing.map((program) => program.path).join(", ")} is still missing.`);
    process.exit(1);
  }
}
