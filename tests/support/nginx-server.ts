/**
 * The nginx end-to-end run's web server (playwright.config.ts): writes the test site for the built
 * out/ and runs nginx in the foreground until Playwright stops it.
 */
import { spawn } from "node:child_process";
import { interactivePagePaths } from "../../lib/islands/built-pages";
import { NGINX_PATH, nginxE2eDirectory, nginxPorts, writeNginxTestSite } from "./nginx";

const site = await writeNginxTestSite({
  directory: nginxE2eDirectory(),
  root: "out",
  interactivePages: interactivePagePaths("out"),
  ...nginxPorts(),
});
const nginx = spawn(NGINX_PATH, ["-p", site.directory, "-c", site.configFile, "-g", "daemon off;"], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => nginx.kill("SIGQUIT"));
nginx.on("exit", (code) => process.exit(code ?? 0));
