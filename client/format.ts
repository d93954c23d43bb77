// Words and groupings for the agenda, shared by the tree, the status bar and their tests. Pure.
import type { AgendaState, LetterKind } from "../shared/letters";
import type { AgendaThread } from "../shared/protocol";

export const KIND_LABEL: Record<LetterKind, string> = {
  "thank-you": "Thank-you",
  "status-check": "Status check",
  nudge: "Nudge",
  "rejection-reply": "Rejection reply",
  acceptance: "Acceptance",
};

export const STATE_LABEL: Record<AgendaState, string> = {
  "rejection-reply-due": "Rejection reply due",
  closed: "Closed",
  "thank-you-due": "Thank-you due",
  "thank-you-overdue": "Thank-you overdue",
  answered: "Answered",
  waiting: "Waiting",
  "status-check-due": "Status check due",
  "nudge-due": "Nudge due",
};

/** Tree groups, in display order. */
export const GROUPS = ["overdue", "due", "waiting", "done"] as const;
export type Group = (typeof GROUPS)[number];
export const GROUP_LABEL: Record<Group, string> = { overdue: "Overdue", due: "Due", waiting: "Waiting", done: "Answered and closed" };

const DUE_STATES: AgendaState[] = ["thank-you-due", "status-check-due", "nudge-due", "rejection-reply-due"];
/** States whose `due` is a deadline (the letter should be out before it), not the start of a window. */
const DEADLINE_STATES: AgendaState[] = ["thank-you-due", "thank-you-overdue", "rejection-reply-due"];

export function groupOf(t: AgendaThread, now: Date): Group {
  if (t.state === "thank-you-overdue") return "overdue";
  if (t.state === "rejection-reply-due" && t.due && Date.parse(t.due) < now.getTime()) return "overdue";
  if (DUE_STATES.includes(t.state)) return "due";
  if (t.state === "waiting") return "waiting";
  return "done";
}

export const isActionable = (t: AgendaThread, now: Date): boolean => {
  const g = groupOf(t, now);
  return g === "overdue" || g === "due";
};

/** Soonest due first, nothing due last, then by company and role. */
export function byUrgency(a: AgendaThread, b: AgendaThread): number {
  const da = a.due ? Date.parse(a.due) : Infinity;
  const db = b.due ? Date.parse(b.due) : Infinity;
  return (da === db ? 0 : da < db ? -1 : 1) || a.company.localeCompare(b.company) || a.role.localeCompare(b.role);
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 || unit === "h" || unit === "min" ? "" : "s"}`;

/** "3 h", "25 min", "2 days", "5 weeks": the size of a span, rounded the way people say it. */
export function span(ms: number): string {
  const min = Math.round(Math.abs(ms) / 60_000);
  if (min < 60) return plural(Math.max(min, 1), "min");
  const h = Math.round(min / 60);
  if (h < 48) return plural(h, "h");
  const days = Math.round(h / 24);
  if (days < 14) return plural(days, "day");
  return plural(Math.round(days / 7), "week");
}

/** "in 3 h", "2 days ago", "now". */
export function relative(when: Date, now: Date): string {
  const ms = when.getTime() - now.getTime();
  if (Math.abs(ms) < 60_000) return "now";
  return ms > 0 ? `in ${span(ms)}` : `${span(ms)} ago`;
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const pad = (n: number) => String(n).padStart(2, "0");
const day = (d: Date, now: Date) => `${DAYS[d.getDay()]} ${d.getDate()} ${MONTHS[d.getMonth()]}${d.getFullYear() === now.getFullYear() ? "" : ` ${d.getFullYear()}`}`;

/**
 * "Thu 27 Nov 14:30"; a deadline at local midnight reads as the end of the day before
 * ("end of Wed 26 Nov"), the start of a window at midnight as just the day.
 */
export function absolute(when: Date, deadline: boolean, now: Date): string {
  if (when.getHours() === 0 && when.getMinutes() === 0) {
    return deadline ? `end of ${day(new Date(when.getTime() - 1), now)}` : day(when, now);
  }
  return `${day(when, now)} ${pad(when.getHours())}:${pad(when.getMinutes())}`;
}

/** The tree item's description: "due in 3 h · end of Thu 27 Nov". */
export function dueText(t: AgendaThread, now: Date): string {
  if (!t.due) return t.state === "waiting" ? "waiting for their reply" : STATE_LABEL[t.state].toLowerCase();
  const due = new Date(t.due);
  const deadline = DEADLINE_STATES.includes(t.state);
  const abs = absolute(due, deadline, now);
  if (t.state === "waiting") {
    const what = t.nextKind ? KIND_LABEL[t.nextKind].toLowerCase() : "next letter";
    return t.nextKind === "thank-you" ? `interview ${relative(due, now)} · ${abs}` : `${what} ${relative(due, now)} · ${abs}`;
  }
  const past = due.getTime() < now.getTime();
  if (deadline) return past ? `was due ${relative(due, now)} · ${abs}` : `due ${relative(due, now)} · ${abs}`;
  return past ? `due since ${abs} (${span(now.getTime() - due.getTime())})` : `due ${relative(due, now)} · ${abs}`;
}

/** The status bar's headline for the most urgent thread: "Thank-you to Acme due in 3 h". */
export function headline(t: AgendaThread, now: Date): string {
  const what = t.nextKind ? KIND_LABEL[t.nextKind] : STATE_LABEL[t.state];
  if (!t.due) return `${what} to ${t.company}`;
  const due = new Date(t.due);
  if (due.getTime() <= now.getTime()) {
    return DEADLINE_STATES.includes(t.state) ? `${what} to ${t.company} overdue by ${span(now.getTime() - due.getTime())}` : `${what} to ${t.company} due now`;
  }
  return `${what} to ${t.company} due ${relative(due, now)}`;
}

export const threadLabel = (t: { company: string; role: string }) => `${t.company} — ${t.role}`;
