/**
 * `npm run cms`: the editor on this machine, without an account on any git host. Serves the built
 * site (building it first if there is none) with /admin/ talking to decap-server.
 *
 * - `npm run cms` edits this working copy: a saved change is a changed file, to see with
 *   `git diff` (decap-server's file mode publishes at once; there is no review step).
 * - `npm run cms -- --review` edits a throwaway copy in git mode, with the same review workflow as
 *   production: every change is a branch until it is published. Your working copy is not touched.
 *
 * PORT (default 3000) is the site's port, DECAP_SERVER_PORT (default 8081) decap-server's.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { editorSettings } from "../../lib/cms/settings";
import { EDITOR_PATH } from "../../lib/security/headers";
import { startStaticServer } from "../serve";
import { removeRepository, startDecapServer, temporaryRepository } from "./backend";
import { writeEditor } from "./build";

const review = process.argv.includes("--review");
const port = Number(process.env.PORT ?? 3000);
const proxyPort = Number(new URL(editorSettings(process.env).localProxyUrl).port);

if (!existsSync(path.join("out", "index.html"))) {
  console.log("No built site in out/: building it first (npm run build).");
  const { status } = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (status !== 0) process.exit(status ?? 1);
} else {
  // The editor's configuration carries decap-server's port and the content's sections: write it afresh.
  await writeEditor();
}

const repo = review ? await temporaryRepository() : process.cwd();
const decap = await startDecapServer({ repo, port: proxyPort, mode: review ? "git" : "fs" });
const site = await startStaticServer({ port });

console.log(
  [
    `The editor: http://localhost:${port}${EDITOR_PATH} (press "Logg inn"; no account needed)`,
    review ? `Editing a throwaway copy with review, in ${repo}` : "Editing this working copy: saved changes are changed files (git diff)",
    "Ctrl+C stops it.",
  ].join("\n"),
);

async function stop() {
  site.close();
  await decap.stop();
  if (review) await removeRepository(repo);
  process.exit(0);
}

process.once("SIGINT", () => void stop());
