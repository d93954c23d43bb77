// A real JSON-RPC client talking to the real server (dist/server.js over stdio): no mocks.
import { fork, spawn, type ChildProcess } from "node:child_process";
import { createServer, type AddressInfo, type Socket } from "node:net";
import { resolve } from "node:path";
import {
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";
import { DiagnosticRefreshRequest } from "vscode-languageserver-protocol";
import { pathToFileURL } from "node:url";
import { AgendaChangedNotification, IndexedNotification } from "../../shared/protocol";

export const SERVER = resolve(__dirname, "../../../dist/server.js");

export const fileUri = (path: string): string => pathToFileURL(path).href;

interface Waiter<T> {
  test(value: T): boolean;
  resolve(value: T): void;
}

export interface StartOptions {
  folders?: string[];
  pull?: boolean;
  /** the `followup` section answered to workspace/configuration */
  settings?: Record<string, unknown>;
  /** how to reach the server: its stdio (default), Node IPC, or a socket it connects to */
  transport?: "stdio" | "node-ipc" | "socket";
}

async function connect(transport: StartOptions["transport"]): Promise<{ child: ChildProcess; connection: ProtocolConnection }> {
  if (transport === "node-ipc") {
    const child = fork(SERVER, ["--node-ipc"], { stdio: ["pipe", "pipe", "pipe", "ipc"] });
    return { child, connection: createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child)) };
  }
  if (transport === "socket") {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as AddressInfo).port;
    const socket = new Promise<Socket>((resolve) => server.once("connection", resolve));
    const child = spawn(process.execPath, [SERVER, `--socket=${port}`], { stdio: ["ignore", "pipe", "pipe"] });
    const s = await socket;
    server.close();
    return { child, connection: createProtocolConnection(new SocketMessageReader(s), new SocketMessageWriter(s)) };
  }
  const child = spawn(process.execPath, [SERVER, "--stdio"], { stdio: ["pipe", "pipe", "pipe"] });
  return { child, connection: createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!)) };
}

export class Session {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly notifications: { method: string; params: unknown }[] = [];
  /** what workspace/configuration answers; tests change it, then notify */
  settings: Record<string, unknown>;
  configurationRequests = 0;
  refreshRequests = 0;
  private readonly diagnosticWaiters: Waiter<PublishDiagnosticsParams>[] = [];
  private readonly notificationWaiters: Waiter<{ method: string; params: unknown }>[] = [];
  stderr = "";
  initializeResult!: InitializeResult;

  private constructor(
    readonly connection: ProtocolConnection,
    readonly child: ChildProcess,
    options: StartOptions,
  ) {
    this.settings = options.settings ?? {};
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      this.published.push(params);
      this.settle(this.diagnosticWaiters, params);
    });
    for (const method of [IndexedNotification, AgendaChangedNotification, "window/logMessage"]) {
      connection.onNotification(method, (params: unknown) => {
        const n = { method, params };
        this.notifications.push(n);
        this.settle(this.notificationWaiters, n);
      });
    }
    connection.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section === "followup" ? this.settings : null));
    });
    connection.onRequest(RegistrationRequest.type, () => null);
    connection.onRequest(DiagnosticRefreshRequest.type, () => {
      this.refreshRequests++;
      this.settle(this.notificationWaiters, { method: DiagnosticRefreshRequest.method, params: null });
      return null;
    });
  }

  static async start(options: StartOptions = {}): Promise<Session> {
    const { child, connection } = await connect(options.transport);
    const session = new Session(connection, child, options);
    child.stderr!.on("data", (d) => (session.stderr += d));
    connection.listen();
    const capabilities: ClientCapabilities = {
      workspace: { configuration: true, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true }, ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}) },
      textDocument: {
        publishDiagnostics: { versionSupport: true, codeDescriptionSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source"] } }, isPreferredSupport: true },
        hover: { contentFormat: ["markdown", "plaintext"] },
        completion: { completionItem: { snippetSupport: false } },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
      },
    };
    const folders = options.folders ?? [];
    session.initializeResult = await connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: folders[0] ? fileUri(folders[0]) : null,
      workspaceFolders: folders.map((f, i) => ({ uri: fileUri(f), name: `folder${i}` })),
      capabilities,
    });
    await connection.sendNotification(InitializedNotification.type, {});
    return session;
  }

  private settle<T>(waiters: Waiter<T>[], value: T) {
    for (const w of [...waiters]) {
      if (w.test(value)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(value);
      }
    }
  }

  /** The next publication for `uri` that passes `test` (or one already received, when `past`). */
  diagnostics(uri: string, test: (p: PublishDiagnosticsParams) => boolean = () => true, past = false): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && test(p);
    if (past) {
      const found = this.published.find(match);
      if (found) return Promise.resolve(found);
    }
    return new Promise((resolve) => this.diagnosticWaiters.push({ test: match, resolve }));
  }

  notification(method: string, past = false): Promise<unknown> {
    if (past) {
      const found = this.notifications.find((n) => n.method === method);
      if (found) return Promise.resolve(found.params);
    }
    return new Promise((resolve) => this.notificationWaiters.push({ test: (n) => n.method === method, resolve: (n) => resolve(n.params) }));
  }

  open(uri: string, text: string, languageId = "markdown", version = 1): Promise<void> {
    return this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, text: string): Promise<void> {
    return this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): Promise<void> {
    return this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    return this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
  }

  async stop(): Promise<void> {
    const exited = new Promise<number | null>((resolve) => (this.child.exitCode !== null ? resolve(this.child.exitCode) : this.child.once("exit", resolve)));
    try {
      await this.connection.sendRequest(ShutdownRequest.type);
      await this.connection.sendNotification(ExitNotification.type);
    } catch {
      this.child.kill();
    }
    await exited;
    this.connection.dispose();
  }
}

/** Runs an editor headless in `dir` with FOLLOWUP_SERVER pointing at the server; its exit code and output. */
export function runEditor(command: string, args: string[], dir: string, install: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: dir, env: { ...process.env, FOLLOWUP_SERVER: SERVER }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "", stderr = "";
    child.stdout!.on("data", (d) => (stdout += d));
    child.stderr!.on("data", (d) => (stderr += d));
    child.on("error", (e) => reject(new Error(`cannot run ${command} (${install}): ${e.message}`)));
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });
}
