// The state of each application thread at a moment "now" (spec §3, evaluated top to bottom).
import type { AgendaState, LetterKind } from "../../shared/letters";
import type { FollowupSettings } from "../../shared/settings";
import { byLetterTime, latestSent, nudgeDate, onOrAfter, rejectionReplyDue, statusCheckDate, thankYouDeadline, threadFacts } from "./timing";
import type { LetterSummary } from "./types";

export interface ThreadState {
  state: AgendaState;
  due: Date | null;
  nextKind: LetterKind | null;
}

export interface Thread {
  key: string;
  company: string;
  role: string;
  letters: LetterSummary[];
}

/** Same company and role, trimmed and case-insensitive. */
export const threadKey = (company: string, role: string): string =>
  `${company.trim().replace(/\s+/g, " ").toLowerCase()}\u0000${role.trim().replace(/\s+/g, " ").toLowerCase()}`;

/** Groups letters into threads, each shown with the spelling of its latest letter. */
export function groupThreads(letters: Iterable<LetterSummary>): Thread[] {
  const threads = new Map<string, Thread>();
  for (const letter of letters) {
    const key = threadKey(letter.company, letter.role);
    let t = threads.get(key);
    if (!t) threads.set(key, (t = { key, company: letter.company.trim(), role: letter.role.trim(), letters: [] }));
    t.letters.push(letter);
  }
  for (const t of threads.values()) {
    t.letters.sort(byLetterTime);
    const newest = t.letters[t.letters.length - 1];
    t.company = newest.company.trim();
    t.role = newest.role.trim();
  }
  return [...threads.values()];
}

export function threadState(letters: LetterSummary[], now: Date, s: FollowupSettings): ThreadState {
  const facts = threadFacts(letters);
  const tz = s.timeZone;
  const at = (state: AgendaState, due: Date | null, nextKind: LetterKind | null = null): ThreadState => ({ state, due, nextKind });

  if (facts.outcome === "rejected" && !latestSent(letters, "rejection-reply")) {
    const rejected = facts.replied;
    return at("rejection-reply-due", rejected ? rejectionReplyDue(rejected, s) : null, "rejection-reply");
  }
  if (facts.outcome) return at("closed", null);
  const interviewed = facts.interviewed;
  if (interviewed && interviewed.instant.getTime() > now.getTime()) return at("waiting", interviewed.instant, "thank-you");
  const thankYou = latestSent(letters, "thank-you");
  if (interviewed && !(thankYou && onOrAfter(thankYou, interviewed, tz))) {
    const deadline = thankYouDeadline(interviewed, s);
    return at(now.getTime() <= deadline.getTime() ? "thank-you-due" : "thank-you-overdue", deadline, "thank-you");
  }
  if (facts.replied && (!interviewed || onOrAfter(facts.replied, interviewed, tz))) return at("answered", null);
  const statusCheck = latestSent(letters, "status-check");
  const nudge = latestSent(letters, "nudge");
  const checkDate = statusCheckDate(facts, s);
  const chaseDate = statusCheck ? nudgeDate(statusCheck, s) : undefined;
  if (thankYou && checkDate && now < checkDate) return at("waiting", checkDate, "status-check");
  if (statusCheck && chaseDate && now < chaseDate) return at("waiting", chaseDate, "nudge");
  if (thankYou && !statusCheck && checkDate) return at("status-check-due", checkDate, "status-check");
  if (statusCheck && !nudge && chaseDate) return at("nudge-due", chaseDate, "nudge");
  return at("waiting", null);
}
