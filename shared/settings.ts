// The one settings object. The server reads it per resource from the client,
// the command line from followup.config.json; rules only ever see this shape.
import type { RuleCode, Severity } from "./letters";

export type RuleSetting = Severity | "off" | "default";

export interface FollowupSettings {
  /** Per-rule severity, or "off". Missing codes keep the rule's default. */
  rules: Partial<Record<RuleCode, RuleSetting>>;
  /** Hours after a timed interview by which the thank-you should be out. */
  thankYouHours: number;
  /** Days after the interview before a status check, when no reply date was promised. */
  statusCheckDays: number;
  /** Days after the status check before a nudge. */
  nudgeDays: number;
  /** Days after a rejection by which the reply should be out. */
  rejectionReplyDays: number;
  /** Word limits for the letters that should be brief. */
  maxWords: { "status-check": number; nudge: number; "rejection-reply": number };
  /** Extra phrases (literal strings, never patterns) to flag. */
  needyPhrases: string[];
  pushyPhrases: string[];
  /** IANA time zone for dates without an offset; empty means the process's own (TZ). */
  timeZone: string;
  /** Files longer than this many characters are skipped with one information diagnostic. */
  maxFileSize: number;
  /** Language server: milliseconds to wait after an edit before checking again; 0 checks at once. */
  debounceMs: number;
}

export const DEFAULT_SETTINGS: FollowupSettings = {
  rules: {},
  thankYouHours: 24,
  statusCheckDays: 7,
  nudgeDays: 2,
  rejectionReplyDays: 1,
  maxWords: { "status-check": 150, nudge: 120, "rejection-reply": 200 },
  needyPhrases: [],
  pushyPhrases: [],
  timeZone: "",
  maxFileSize: 120_000,
  debounceMs: 150,
};

/** Fills a partial, possibly hand-written settings object with defaults; ignores junk. */
export function resolveSettings(input: unknown): FollowupSettings {
  const raw = (input && typeof input === "object" ? input : {}) as Record<string, unknown>;
  const num = (key: keyof FollowupSettings, fallback: number): number => {
    const v = raw[key];
    return typeof v === "number" && Number.isFinite(v) && v >= 0 ? v : fallback;
  };
  const strings = (v: unknown): string[] =>
    Array.isArray(v) ? v.filter((s): s is string => typeof s === "string" && s.trim() !== "") : [];
  const words = (raw.maxWords && typeof raw.maxWords === "object" ? raw.maxWords : {}) as Record<string, unknown>;
  const limit = (k: keyof FollowupSettings["maxWords"]): number =>
    typeof words[k] === "number" && (words[k] as number) > 0 ? (words[k] as number) : DEFAULT_SETTINGS.maxWords[k];
  const rules: FollowupSettings["rules"] = {};
  if (raw.rules && typeof raw.rules === "object") {
    for (const [code, value] of Object.entries(raw.rules as Record<string, unknown>)) {
      if (typeof value === "string") rules[code as RuleCode] = value as RuleSetting;
    }
  }
  return {
    rules,
    thankYouHours: num("thankYouHours", DEFAULT_SETTINGS.thankYouHours),
    statusCheckDays: num("statusCheckDays", DEFAULT_SETTINGS.statusCheckDays),
    nudgeDays: num("nudgeDays", DEFAULT_SETTINGS.nudgeDays),
    rejectionReplyDays: num("rejectionReplyDays", DEFAULT_SETTINGS.rejectionReplyDays),
    maxWords: { "status-check": limit("status-check"), nudge: limit("nudge"), "rejection-reply": limit("rejection-reply") },
    needyPhrases: strings(raw.needyPhrases),
    pushyPhrases: strings(raw.pushyPhrases),
    timeZone: typeof raw.timeZone === "string" ? raw.timeZone.trim() : "",
    maxFileSize: num("maxFileSize", DEFAULT_SETTINGS.maxFileSize),
    debounceMs: num("debounceMs", DEFAULT_SETTINGS.debounceMs),
  };
}
