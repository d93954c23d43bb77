// The @vscode/test-electron entry: VS Code (desktop via runTest.ts, or code-server via
// test/e2e/run.ts) loads this file in the extension host and calls run().
import * as fs from "fs";
import Mocha from "mocha";
import * as path from "path";

interface Result { title: string; state: string; ms?: number; error?: string }

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: "bdd", timeout: 30_000, color: false, reporter: "spec" });
  for (const file of fs.readdirSync(__dirname).filter((f) => f.endsWith(".test.js")).sort()) mocha.addFile(path.join(__dirname, file));
  const resultsFile = process.env.FOLLOWUP_TEST_RESULTS || path.join(__dirname, "results.json");
  const started = Date.now();
  const tests: Result[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const summary = {
        vscode: require("vscode").version as string,
        node: process.version,
        passed: tests.filter((t) => t.state === "passed").length,
        failed: failures,
        ms: Date.now() - started,
        tests,
      };
      fs.writeFileSync(resultsFile, JSON.stringify(summary, null, 2));
      console.log(`[followup-tests] ${summary.passed} passed, ${failures} failed in ${summary.ms} ms -> ${resultsFile}`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    const errors = new Map<string, string>();
    runner.on("fail", (t, err: Error) => {
      const error = `${err.message}\n${err.stack ?? ""}`.slice(0, 4000);
      // a failing hook has no "test end" of its own
      if ((t as { type?: string }).type === "hook") tests.push({ title: t.fullTitle(), state: "failed", error });
      else errors.set(t.fullTitle(), error);
    });
    runner.on("test end", (t) => tests.push({ title: t.fullTitle(), state: t.state ?? "pending", ms: t.duration, error: errors.get(t.fullTitle()) }));
  });
}
