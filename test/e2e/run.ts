// Runs the integration suite (test/vscode) inside a real VS Code on this machine, where VS Code
// itself cannot be downloaded: code-server 4.100.3 (VS Code 1.100.3's workbench and extension
// host) in headless Chromium, driven by playwright-core. Both come from test/e2e/setup.sh.
//
//   node out/test/e2e/run.js            run the suite against the packaged .vsix
//   node out/test/e2e/run.js --shots    take the README screenshots into docs/images/
//
// What users install is what is tested: the .vsix is installed with --install-extension into a
// fresh extensions folder, and that installed folder is the extensionDevelopmentPath.
import { spawn, spawnSync, type ChildProcess } from "child_process";
import * as fs from "fs";
import { createRequire } from "module";
import * as net from "net";
import * as path from "path";

// the repository: this file runs bundled from .e2e/ or out/test/e2e/
const ROOT = (function up(dir: string): string {
  if (fs.existsSync(path.join(dir, "test/fixtures/workspace")) || path.dirname(dir) === dir) return dir;
  return up(path.dirname(dir));
})(__dirname);
const E2E = process.env.E2E_DIR || path.join(ROOT, ".e2e");
const CODE_SERVER = path.join(E2E, "cs/node_modules/.bin/code-server");
const VSIX = path.join(ROOT, "interview-follow-up.vsix");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";
const TIMEOUT_MS = Number(process.env.E2E_TIMEOUT_MS || 240_000);
const SHOTS = process.argv.includes("--shots");
const t0 = Date.now();
const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)} s`;
const log = (line: string) => console.log(`[e2e ${elapsed()}] ${line}`);

type Page = {
  on(event: string, listener: (arg: never) => void): void;
  exposeFunction(name: string, fn: (...args: never[]) => unknown): Promise<void>;
  goto(url: string): Promise<unknown>;
  waitForSelector(selector: string, options?: { timeout?: number; state?: string }): Promise<{ hover(): Promise<void>; click(): Promise<void> } | null>;
  locator(selector: string): { first(): { click(options?: object): Promise<void>; hover(): Promise<void>; boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null> }; count(): Promise<number> };
  keyboard: { press(key: string): Promise<void> };
  mouse: { move(x: number, y: number, options?: { steps?: number }): Promise<void>; down(): Promise<void>; up(): Promise<void> };
  screenshot(options: { path: string; clip?: { x: number; y: number; width: number; height: number } }): Promise<unknown>;
};
type Context = { pages(): Page[]; newPage(): Promise<Page>; close(): Promise<void> };

function freePort(from = 18700, to = 18799): Promise<number> {
  const preferred = Number(process.env.CS_PORT) || from + Math.floor(Math.random() * (to - from));
  const tryPort = (port: number, left: number): Promise<number> =>
    new Promise((resolve, reject) => {
      const server = net.createServer();
      server.once("error", () => (left > 0 ? resolve(tryPort(port >= to ? from : port + 1, left - 1)) : reject(new Error("no free port in 18700-18799"))));
      server.listen(port, "127.0.0.1", () => server.close(() => resolve(port)));
    });
  return tryPort(preferred, to - from);
}

async function waitHealthy(port: number, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited with ${server.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("code-server did not become healthy within 60 s");
}

/** Kills code-server's whole process group: extension hosts, the language server, watchers. */
async function stopGroup(server: ChildProcess): Promise<void> {
  if (!server.pid) return;
  const alive = () => {
    try {
      process.kill(-server.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  try {
    process.kill(-server.pid, "SIGTERM");
  } catch {
    return;
  }
  for (let i = 0; i < 50 && alive(); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive()) process.kill(-server.pid, "SIGKILL");
}

/** Bundles test/vscode (index + *.test.ts) the way scripts/build.mjs does, into the run folder. */
async function bundleSuite(outdir: string): Promise<void> {
  const esbuild = createRequire(path.join(ROOT, "package.json"))("esbuild") as { build(options: object): Promise<unknown> };
  const dir = path.join(ROOT, "test/vscode");
  const entryPoints = fs.readdirSync(dir).filter((f) => f === "index.ts" || f.endsWith(".test.ts")).map((f) => path.join(dir, f));
  await esbuild.build({ entryPoints, outdir, bundle: true, platform: "node", target: "node18", format: "cjs", sourcemap: "inline", external: ["vscode", "mocha"], logLevel: "warning" });
}

function installedExtension(exts: string): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { publisher: string; name: string; version: string };
  const dir = path.join(exts, `${pkg.publisher}.${pkg.name}-${pkg.version}`);
  if (!fs.existsSync(path.join(dir, "package.json"))) throw new Error(`the .vsix did not install to ${dir}`);
  return dir;
}

async function main(): Promise<number> {
  for (const [what, file] of [["code-server (run test/e2e/setup.sh)", CODE_SERVER], ["the .vsix (run npm run package)", VSIX], ["chromium (run test/e2e/setup.sh)", CHROMIUM]]) {
    if (!fs.existsSync(file)) throw new Error(`missing ${what}: ${file}`);
  }
  const requireDriver = createRequire(path.join(E2E, "driver", "package.json"));
  const { chromium } = requireDriver("playwright-core") as { chromium: { launchPersistentContext(dir: string, options: object): Promise<Context> } };

  for (const old of fs.readdirSync(E2E).filter((d) => d.startsWith("run-"))) fs.rmSync(path.join(E2E, old), { recursive: true, force: true });
  const run = path.join(E2E, `run-${Date.now()}`);
  const dirs = { udd: path.join(run, "udd"), exts: path.join(run, "exts"), ws: path.join(run, "ws"), tests: path.join(run, "tests"), chrome: path.join(run, "chrome"), tmp: path.join(E2E, "tmp"), xdg: path.join(E2E, "xdg") };
  for (const d of Object.values(dirs)) fs.mkdirSync(d, { recursive: true });
  fs.mkdirSync(path.join(dirs.udd, "User"), { recursive: true });
  fs.writeFileSync(path.join(dirs.udd, "User", "settings.json"), JSON.stringify({
    "workbench.startupEditor": "none",
    "workbench.tips.enabled": false,
    "telemetry.telemetryLevel": "off",
    "security.workspace.trust.enabled": false,
    "extensions.autoUpdate": false,
    "extensions.autoCheckUpdates": false,
    "update.mode": "none",
    "git.enabled": false,
    "chat.commandCenter.enabled": false,
    "workbench.colorTheme": "Default Dark Modern",
    "window.commandCenter": false,
  }, null, 2));
    // the suite edits letters: it gets its own copy of the fixture workspace, and its own build of the
  // tests (inside the repo, so they resolve mocha from its node_modules; `npm run build` clears out/)
  fs.cpSync(path.join(ROOT, "test/fixtures/workspace"), dirs.ws, { recursive: true });
  await bundleSuite(path.join(dirs.tests, "vscode"));
  const results = path.join(run, "results.json");

  const env = {
    ...process.env,
    TMPDIR: dirs.tmp,
    XDG_CONFIG_HOME: path.join(dirs.xdg, "config"),
    XDG_DATA_HOME: path.join(dirs.xdg, "data"),
    XDG_CACHE_HOME: path.join(dirs.xdg, "cache"),
    FOLLOWUP_TEST_RESULTS: results,
  };
  const install = spawnSync(CODE_SERVER, ["--user-data-dir", dirs.udd, "--extensions-dir", dirs.exts, "--install-extension", VSIX], { env, encoding: "utf8" });
  if (install.status !== 0) throw new Error(`--install-extension failed: ${install.stderr || install.stdout}`);
  const extension = installedExtension(dirs.exts);
  log(`installed ${path.basename(VSIX)} (${Math.round(fs.statSync(VSIX).size / 1024)} KB) to ${path.relative(ROOT, extension)}`);

  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const out = fs.openSync(path.join(run, "code-server.log"), "w");
  const server = spawn(CODE_SERVER, [
    "--bind-addr", host, "--auth", "none", "--disable-telemetry", "--disable-update-check", "--disable-workspace-trust",
    "--disable-getting-started-override", "--ignore-last-opened", "--user-data-dir", dirs.udd, "--extensions-dir", dirs.exts, dirs.ws,
  ], { env, detached: true, stdio: ["ignore", out, out] });
  let context: Context | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => undefined);
    await stopGroup(server);
  };
  process.once("SIGINT", () => void cleanup().then(() => process.exit(130)));
  process.once("SIGTERM", () => void cleanup().then(() => process.exit(143)));
  try {
    await waitHealthy(port, server);
    log(`code-server healthy on port ${port}`);
    context = await chromium.launchPersistentContext(dirs.chrome, {
      executablePath: CHROMIUM,
      headless: true,
      viewport: { width: 1280, height: 760 },
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
    const page = context.pages()[0] ?? (await context.newPage());
    const consoleLines: string[] = [];
    page.on("console", (m: { type(): string; text(): string }) => {
      const text = m.text();
      consoleLines.push(`[${m.type()}] ${text}`);
      if (process.env.VERBOSE) console.log(text);
    });
    page.on("pageerror", (e: Error) => consoleLines.push(`[pageerror] ${e.message}`));
    let exited: (code: number) => void = () => undefined;
    const exit = new Promise<number>((resolve) => (exited = resolve));
    await page.exposeFunction("codeAutomationExit", (code: number) => exited(code));
    await page.exposeFunction("codeAutomationLog", () => undefined);

    const remote = (p: string) => `vscode-remote://${host}${p}`;
    const payload = SHOTS
      ? [["openFile", remote(path.join(dirs.ws, "letters/hooli-thank-you.md"))]]
      : [["extensionDevelopmentPath", remote(extension)], ["extensionTestsPath", remote(path.join(dirs.tests, "vscode/index"))]];
    await page.goto(`http://${host}/?folder=${encodeURIComponent(dirs.ws)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    await page.waitForSelector(".monaco-workbench", { timeout: 60_000 });
    log("workbench loaded");

    let code: number;
    if (SHOTS) {
      await screenshots(page);
      code = 0;
    } else {
      const result = await Promise.race([exit, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), TIMEOUT_MS))]);
      if (result === "timeout") {
        await page.screenshot({ path: path.join(run, "timeout.png") });
        log(`timed out after ${TIMEOUT_MS / 1000} s; see ${path.relative(ROOT, run)}`);
        code = 2;
      } else {
        const summary = fs.existsSync(results) ? (JSON.parse(fs.readFileSync(results, "utf8")) as { passed: number; failed: number; ms: number; vscode: string; tests: { title: string; state: string; error?: string }[] }) : undefined;
        if (summary) {
          for (const t of summary.tests) console.log(`  ${t.state === "passed" ? "✔" : t.state === "failed" ? "✘" : "-"} ${t.title}${t.error ? `\n${t.error.replace(/^/gm, "      ")}` : ""}`);
          log(`VS Code ${summary.vscode}: ${summary.passed} passed, ${summary.failed} failed (suite ${(summary.ms / 1000).toFixed(1)} s); results in ${path.relative(ROOT, results)}`);
        } else log("the suite wrote no results file");
        code = result === 0 && summary && summary.failed === 0 && summary.passed > 0 ? 0 : 1;
      }
    }
    fs.writeFileSync(path.join(run, "browser-console.log"), consoleLines.join("\n"));
    return code;
  } finally {
    await cleanup();
    log("code-server and chromium stopped");
  }
}

/** The README's pictures: a diagnostic with its quick fixes open, the Follow-ups view, the status bar. */
async function screenshots(page: Page): Promise<void> {
  const images = path.join(ROOT, "docs/images");
  fs.mkdirSync(images, { recursive: true });
  await page.waitForSelector(".squiggly-warning", { timeout: 60_000 });
  await page.waitForSelector('.statusbar-item:has-text("follow-ups due"), .statusbar-item:has-text("to ")', { timeout: 30_000 });
  log("diagnostics and status bar are up");

  // the Follow-ups view, in its own container
  await page.locator('.activitybar .action-item a[aria-label^="Follow-Up"]').first().click({ force: true });
  await page.waitForSelector('.monaco-list-row:has-text("Acme Logistics")', { timeout: 30_000 });
  // widen the side bar by dragging its edge, so the due dates show in full
  const narrow = await page.locator("#workbench\\.parts\\.sidebar").first().boundingBox();
  if (narrow) {
    await page.mouse.move(narrow.x + narrow.width + 1, narrow.y + narrow.height / 2);
    await page.mouse.down();
    await page.mouse.move(560, narrow.y + narrow.height / 2, { steps: 8 });
    await page.mouse.up();
  }
  await page.locator('.monaco-list-row:has-text("Hooli")').first().click();
  await page.waitForSelector('.monaco-list-row:has-text("Thank-you")', { timeout: 10_000 });
  const sidebar = await page.locator("#workbench\\.parts\\.sidebar").first().boundingBox();
  if (sidebar) await page.screenshot({ path: path.join(images, "tree-view.png"), clip: { x: 0, y: 0, width: sidebar.x + sidebar.width, height: Math.min(sidebar.height, 420) } });
  log("tree-view.png");

  // the needy phrase: put the cursor on it and open the quick fix menu
  await page.locator('.view-lines .view-line:has-text("I really need this job")').first().click({ position: { x: 40, y: 8 } });
  await page.keyboard.press("Control+.");
  await page.waitForSelector(".action-widget", { timeout: 10_000 });
  await page.screenshot({ path: path.join(images, "quick-fix.png"), clip: { x: 0, y: 0, width: 1280, height: 500 } });
  log("quick-fix.png");
  await page.keyboard.press("Escape");

  // the status bar, with its tooltip
  const item = page.locator('.statusbar-item:has-text("follow-ups due"), .statusbar-item:has-text(" to ")').first();
  await item.hover();
  await page.waitForSelector(".monaco-hover:has-text(\"due\")", { timeout: 10_000 }).catch(() => undefined);
  await page.screenshot({ path: path.join(images, "status-bar.png"), clip: { x: 0, y: 760 - 230, width: 1280, height: 230 } });
  log("status-bar.png");
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`[e2e] ${error instanceof Error ? error.message : String(error)}`);
    process.exit(3);
  },
);
