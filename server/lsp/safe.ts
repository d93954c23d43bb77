// Handlers never throw into the connection: an exception is logged and a fallback returned.
import type { RemoteConsole } from "vscode-languageserver";

export type Log = Pick<RemoteConsole, "error" | "warn" | "info" | "log">;

export function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/** Wraps a handler so that a throw or a rejected promise becomes a log line and `fallback`. */
export function guard<A extends unknown[], R>(log: Log, name: string, fallback: R, handler: (...args: A) => R | Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      log.error(`followup: ${name} failed: ${describe(error)}`);
      return fallback;
    }
  };
}

/** Runs a fire-and-forget task, logging its failure. */
export function detach(log: Log, name: string, task: () => unknown): void {
  guard(log, name, undefined, task)().catch(() => undefined);
}
