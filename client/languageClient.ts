// The language client: the bundled server over IPC, an output channel, and an error
// handler that tells the user what went wrong instead of restarting silently forever.
import * as vscode from "vscode";
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from "vscode-languageclient/node";
import { SETTINGS_SECTION } from "../shared/protocol";

const MAX_RESTARTS = 4;
const RESTART_WINDOW_MS = 3 * 60_000;

export const LANGUAGE_SELECTOR = [
  { scheme: "file", language: "markdown" },
  { scheme: "untitled", language: "markdown" },
];

export function createLanguageClient(
  context: vscode.ExtensionContext,
  output: vscode.OutputChannel,
  onFatal: (message: string) => void,
): LanguageClient {
  const module = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ["--nolazy", "--inspect=6019"] } },
  };
  const restarts: number[] = [];
  const errorHandler: ErrorHandler = {
    error(error, _message, count) {
      output.appendLine(`[client] connection error ${count ?? ""}: ${error.message}`);
      if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
      onFatal(`The connection to the Follow-Up language server keeps failing (${error.message}); it was shut down.`);
      return { action: ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length <= MAX_RESTARTS) {
        output.appendLine(`[client] the server stopped; restarting (${restarts.length} of ${MAX_RESTARTS + 1} allowed in 3 minutes)`);
        return { action: CloseAction.Restart, handled: true };
      }
      onFatal(`The Follow-Up language server stopped ${restarts.length} times in 3 minutes and will not be restarted.`);
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGE_SELECTOR,
    outputChannel: output,
    // The server registers its own **/*.md file watcher; settings changes are pushed so it re-reads them.
    synchronize: { configurationSection: SETTINGS_SECTION },
    errorHandler,
    initializationFailedHandler(error) {
      onFatal(`The Follow-Up language server failed to start: ${error instanceof Error ? error.message : String(error)}`);
      return false;
    },
    diagnosticCollectionName: "followup",
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient("followup", "Interview Follow-Up", serverOptions, clientOptions);
}
