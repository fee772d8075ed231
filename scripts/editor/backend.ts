/**
 * decap-server, the editor's local backend, on a repository of your choice: for `npm run cms`
 * and for the editor's end-to-end tests, which must never edit the working copy they run from.
 */
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { copyFile, mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";

const DECAP_SERVER = createRequire(import.meta.url).resolve("decap-server/dist/index.js");

function git(repo: string, ...args: string[]): string {
  return execFileSync("git", args, { cwd: repo, encoding: "utf8" });
}

/**
 * A throwaway copy of the repository: every file git tracks or would track (uncommitted work
 * included), node_modules linked, committed on a branch `branch` of a repository of its own.
 */
export async function temporaryRepository(branch = "main"): Promise<string> {
  const source = process.cwd();
  const repo = await mkdtemp(path.join(tmpdir(), "nok-editor-"));
  const files = git(source, "ls-files", "-z", "--cached", "--others", "--exclude-standard").split("\0").filter(Boolean);
  const existing = files.filter((file) => !file.startsWith("docs/screenshots/"));
  await Promise.all(
    existing.map(async (file) => {
      await mkdir(path.dirname(path.join(repo, file)), { recursive: true });
      await copyFile(path.join(source, file), path.join(repo, file)).catch((error: NodeJS.ErrnoException) => {
        // A file deleted in the working copy but not yet in git.
        if (error.code !== "ENOENT") throw error;
      });
    }),
  );
  await symlink(path.join(source, "node_modules"), path.join(repo, "node_modules"), "dir");
  git(repo, "init", "--quiet", "--initial-branch", branch);
  git(repo, "config", "user.name", "Redigering (lokal)");
  git(repo, "config", "user.email", "redigering@localhost");
  git(repo, "add", "--all");
  git(repo, "commit", "--quiet", "--message", "Copy of the site for local editing");
  return repo;
}

export async function removeRepository(repo: string): Promise<void> {
  await rm(repo, { recursive: true, force: true });
}

async function answers(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ action: "info" }),
    });
    return response.ok;
  } catch {
    return false;
  }
}

export interface DecapServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts decap-server on `repo`, listening on this machine only. `mode: "git"` commits, and
 * gives the editor its review workflow (a branch per change); `"fs"` writes files in place.
 */
export async function startDecapServer({ repo, port, mode }: { repo: string; port: number; mode: "git" | "fs" }): Promise<DecapServer> {
  const url = `http://localhost:${port}/api/v1`;
  if (await answers(url)) throw new Error(`Something already answers on port ${port}: stop it, or set DECAP_SERVER_PORT to a free port`);
  const child: ChildProcess = spawn(process.execPath, [DECAP_SERVER], {
    cwd: repo,
    env: { ...process.env, PORT: String(port), BIND_HOST: "localhost", MODE: mode, GIT_REPO_DIRECTORY: repo, LOG_LEVEL: "warn" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  for (let attempt = 0; !(await answers(url)); attempt++) {
    if (child.exitCode !== null || attempt > 100) throw new Error(`decap-server did not start on port ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null) child.kill();
      await exited;
    },
  };
}
