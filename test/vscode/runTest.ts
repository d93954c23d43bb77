// Runs the integration suite in a downloaded desktop VS Code (machines with network access):
//   node out/test/vscode/runTest.js
// Here and in CI, where VS Code cannot be downloaded, test/e2e/run.ts runs the same suite in code-server.
import { runTests } from "@vscode/test-electron";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

async function main(): Promise<void> {
  const root = path.resolve(__dirname, "../../..");
  // the suite edits letters: give it a fresh copy of the fixture workspace
  const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "followup-ws-"));
  fs.cpSync(path.join(root, "test/fixtures/workspace"), workspace, { recursive: true });
  try {
    await runTests({
      version: "1.82.0",
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, "index"),
      launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust"],
    });
  } finally {
    fs.rmSync(workspace, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
