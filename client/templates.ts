// Letter templates: the snippets in snippets/markdown.json, expanded outside the editor.
// New Letter and Write Next Letter fill them in; the snippet tests use the same expander.
// Pure: no vscode import, so the unit tests can load it.
import type { LetterKind } from "../shared/letters";

/** Tab stops every letter snippet uses for the same thing. */
export const TabStop = { company: 1, role: 2, interviewer: 3, date: 4 } as const;

export interface SnippetFile {
  [name: string]: { prefix: string | string[]; body: string | string[]; description?: string };
}

/** The snippet name for each kind, as contributed in snippets/markdown.json. */
export const SNIPPET_FOR_KIND: Record<LetterKind, string> = {
  "thank-you": "Follow-up: thank-you letter",
  "status-check": "Follow-up: status check",
  nudge: "Follow-up: nudge",
  "rejection-reply": "Follow-up: rejection reply",
  acceptance: "Follow-up: acceptance",
};

/** What the date tab stop ($4) of each kind means, for prompts. */
export const DATE_MEANING: Record<LetterKind, string> = {
  "thank-you": "the interview",
  "status-check": "the interview",
  nudge: "the interview",
  "rejection-reply": "their answer (the rejection)",
  acceptance: "their answer (the offer)",
};

export interface ExpandOptions {
  /** Values for numbered tab stops; a tab stop without one keeps its default text. */
  values?: Record<number, string>;
  /** The moment for $CURRENT_* variables. */
  now?: Date;
}

const pad = (n: number) => String(n).padStart(2, "0");
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function variable(name: string, now: Date): string | undefined {
  switch (name) {
    case "CURRENT_YEAR": return String(now.getFullYear());
    case "CURRENT_YEAR_SHORT": return String(now.getFullYear()).slice(-2);
    case "CURRENT_MONTH": return pad(now.getMonth() + 1);
    case "CURRENT_MONTH_NAME": return MONTHS[now.getMonth()];
    case "CURRENT_MONTH_NAME_SHORT": return MONTHS[now.getMonth()].slice(0, 3);
    case "CURRENT_DATE": return pad(now.getDate());
    case "CURRENT_DAY_NAME": return DAYS[now.getDay()];
    case "CURRENT_DAY_NAME_SHORT": return DAYS[now.getDay()].slice(0, 3);
    case "CURRENT_HOUR": return pad(now.getHours());
    case "CURRENT_MINUTE": return pad(now.getMinutes());
    default: return undefined;
  }
}

/**
 * Expands a snippet body (TextMate/VS Code snippet syntax: $1, ${1:default}, ${1|a,b|},
 * $VAR, ${VAR:default}, \$ escapes) into plain text. A tab stop used twice takes the same
 * value everywhere, as in the editor: the first occurrence with a default defines it.
 */
export function expandSnippet(body: string | string[], options: ExpandOptions = {}): string {
  const text = Array.isArray(body) ? body.join("\n") : body;
  const now = options.now ?? new Date();
  const given = options.values ?? {};
  const defaults = new Map<number, string>();
  let i = 0;

  // First pass collects defaults, second pass renders with them (mirrors may come before the default).
  const parse = (render: boolean, stopAt?: string): string => {
    let out = "";
    while (i < text.length) {
      const c = text[i];
      if (stopAt && c === stopAt) return out;
      if (c === "\\" && i + 1 < text.length && "$}\\,|".includes(text[i + 1])) {
        out += text[i + 1];
        i += 2;
        continue;
      }
      if (c !== "$") { out += c; i++; continue; }
      const rest = text.slice(i + 1);
      let m: RegExpMatchArray | null;
      if ((m = rest.match(/^(\d+)/))) {
        i += 1 + m[1].length;
        out += stop(Number(m[1]), undefined, render);
      } else if ((m = rest.match(/^\{(\d+)\}/))) {
        i += 1 + m[0].length;
        out += stop(Number(m[1]), undefined, render);
      } else if ((m = rest.match(/^\{(\d+):/))) {
        i += 1 + m[0].length;
        const inner = parse(render, "}");
        i++; // the closing brace
        out += stop(Number(m[1]), inner, render);
      } else if ((m = rest.match(/^\{(\d+)\|((?:[^|\\]|\\.)*)\|\}/))) {
        i += 1 + m[0].length;
        const first = m[2].split(/(?<!\\),/)[0].replace(/\\(.)/g, "$1");
        out += stop(Number(m[1]), first, render);
      } else if ((m = rest.match(/^([A-Z_]+)/))) {
        i += 1 + m[1].length;
        out += variable(m[1], now) ?? "";
      } else if ((m = rest.match(/^\{([A-Z_]+)(:?)/))) {
        i += 1 + m[0].length;
        const fallback = m[2] ? parse(render, "}") : "";
        i++;
        out += variable(m[1], now) ?? fallback;
      } else {
        out += c;
        i++;
      }
    }
    return out;
  };
  const stop = (n: number, inner: string | undefined, render: boolean): string => {
    if (n === 0) return "";
    if (!render) {
      if (inner !== undefined && !defaults.has(n)) defaults.set(n, inner);
      return "";
    }
    return given[n] ?? defaults.get(n) ?? inner ?? "";
  };
  parse(false);
  i = 0;
  return parse(true);
}

/** The tab stop numbers a snippet body uses, in order of first appearance. */
export function tabStops(body: string | string[]): number[] {
  const text = Array.isArray(body) ? body.join("\n") : body;
  const seen: number[] = [];
  for (const m of text.matchAll(/(?<!\\)\$(?:\{(\d+)|(\d+))/g)) {
    const n = Number(m[1] ?? m[2]);
    if (n !== 0 && !seen.includes(n)) seen.push(n);
  }
  return seen;
}

/** A file name for a new letter: "acme-corp-thank-you.md". */
export function letterFileName(kind: LetterKind, company: string, date?: string): string {
  const slug = company.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 60);
  return `${slug || "letter"}-${kind}${date ? `-${date}` : ""}.md`;
}

/** Today's date as YYYY-MM-DD in local time. */
export const isoDay = (d: Date): string => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
