// Settings pulled per resource with workspace/configuration, cached until the client says
// they changed. Never a server global: every check asks for the settings of its document.
import type { Connection } from "vscode-languageserver";
import { SETTINGS_SECTION } from "../../shared/protocol";
import { resolveSettings, type FollowupSettings } from "../../shared/settings";
import { isKnownTimeZone } from "../engine";
import { describe, type Log } from "./safe";

export class SettingsCache {
  private readonly cache = new Map<string, Promise<FollowupSettings>>();
  /** settings pushed with workspace/didChangeConfiguration, for clients that cannot be asked */
  private pushed: unknown;
  private readonly warned = new Set<string>();
  private refused = false;

  constructor(
    private readonly connection: Connection,
    private readonly log: Log,
    /** whether the client announced workspace/configuration (undefined: it did not say) */
    private readonly support: () => boolean | undefined,
  ) {}

  /** The settings for a document or folder URI (undefined: the window's). */
  get(uri?: string): Promise<FollowupSettings> {
    const key = uri ?? "";
    let settings = this.cache.get(key);
    if (!settings) this.cache.set(key, (settings = this.fetch(uri)));
    return settings;
  }

  /** Forgets everything; `pushed` is the `settings` of a didChangeConfiguration, when it has any. */
  clear(pushed?: unknown): void {
    if (pushed && typeof pushed === "object" && SETTINGS_SECTION in pushed) this.pushed = (pushed as Record<string, unknown>)[SETTINGS_SECTION];
    this.cache.clear();
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private async fetch(uri: string | undefined): Promise<FollowupSettings> {
    let raw: unknown = this.pushed;
    // Some clients answer workspace/configuration without announcing it (Neovim 0.7): ask
    // unless the client said no, and stop asking once it fails.
    const support = this.support();
    if (support === true || (support === undefined && this.pushed === undefined && !this.refused)) {
      try {
        raw = await this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION });
      } catch (error) {
        if (support !== true) this.refused = true;
        else this.log.warn(`followup: could not read the settings for ${uri ?? "the window"}, using defaults: ${describe(error)}`);
      }
    }
    const settings = resolveSettings(raw);
    if (!isKnownTimeZone(settings.timeZone)) {
      if (!this.warned.has(settings.timeZone)) {
        this.warned.add(settings.timeZone);
        this.log.warn(`followup: unknown timeZone "${settings.timeZone}" in the settings; using the system's time zone.`);
      }
      settings.timeZone = "";
    }
    return settings;
  }
}
