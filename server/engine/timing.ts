// Deadlines and earliest dates (spec §2): the only module that reasons about time.
import type { FollowupSettings } from "../../shared/settings";
import { calendarDay, compareDays, dayOf, hoursLater, midnightAfter, sameClockDaysLater } from "./dates";
import type { DateValue, LetterSummary } from "./types";

type Timing = Pick<FollowupSettings, "thankYouHours" | "statusCheckDays" | "nudgeDays" | "rejectionReplyDays" | "timeZone">;

/** interviewed + 24 h, or the end of the next calendar day for a date only. */
export function thankYouDeadline(interviewed: DateValue, s: Timing): Date {
  if (interviewed.dateOnly) return midnightAfter(interviewed, 1 + Math.ceil(s.thankYouHours / 24), s.timeZone);
  return hoursLater(interviewed.instant, s.thankYouHours);
}

/** The day after `promised`, else a week after the interview. */
export function statusCheckDate(facts: { promised?: DateValue; interviewed?: DateValue }, s: Timing): Date | undefined {
  if (facts.promised) return midnightAfter(facts.promised, 1, s.timeZone);
  if (!facts.interviewed) return undefined;
  if (facts.interviewed.dateOnly) return midnightAfter(facts.interviewed, s.statusCheckDays, s.timeZone);
  return sameClockDaysLater(facts.interviewed.instant, s.statusCheckDays, s.timeZone);
}

/** Two days after the status check went out. */
export function nudgeDate(statusCheckSent: DateValue, s: Timing): Date {
  if (statusCheckSent.dateOnly) return midnightAfter(statusCheckSent, s.nudgeDays, s.timeZone);
  return hoursLater(statusCheckSent.instant, 24 * s.nudgeDays);
}

/** A day after the rejection. */
export function rejectionReplyDue(rejected: DateValue, s: Timing): Date {
  if (rejected.dateOnly) return midnightAfter(rejected, s.rejectionReplyDays, s.timeZone);
  return sameClockDaysLater(rejected.instant, s.rejectionReplyDays, s.timeZone);
}

/** Whether a written date is later than a deadline; a date only is late when its day is past the deadline's day. */
export function isAfterDeadline(value: DateValue, deadline: Date, timeZone: string): boolean {
  if (!value.dateOnly) return value.instant.getTime() > deadline.getTime();
  return compareDays(value, calendarDay(new Date(deadline.getTime() - 1), timeZone)) > 0;
}

/** Whether a written date is earlier than an earliest date; a date only counts as its whole day. */
export function isBeforeEarliest(value: DateValue, earliest: Date, timeZone: string): boolean {
  if (!value.dateOnly) return value.instant.getTime() < earliest.getTime();
  return compareDays(value, calendarDay(earliest, timeZone)) < 0;
}

/** a is on or after b, as dates are compared in a thread (days where either is a date only). */
export function onOrAfter(a: DateValue, b: DateValue, timeZone: string): boolean {
  if (a.dateOnly || b.dateOnly) return compareDays(dayOf(a, timeZone), dayOf(b, timeZone)) >= 0;
  return a.instant.getTime() >= b.instant.getTime();
}

const latest = (values: (DateValue | undefined)[]): DateValue | undefined =>
  values.reduce<DateValue | undefined>((best, v) => (v && (!best || v.instant > best.instant) ? v : best), undefined);

export interface ThreadFacts {
  interviewed?: DateValue;
  promised?: DateValue;
  replied?: DateValue;
  outcome?: LetterSummary["outcome"];
}

/** The application's facts across a thread: the latest value of each; `own` values win for its own checks. */
export function threadFacts(thread: LetterSummary[], own?: Partial<LetterSummary>): ThreadFacts {
  const byTime = [...thread].sort(byLetterTime);
  const facts: ThreadFacts = {
    interviewed: own?.interviewed ?? latest(thread.map((l) => l.interviewed)),
    promised: own?.promised ?? latest(thread.map((l) => l.promised)),
    replied: own?.replied ?? latest(thread.map((l) => l.replied)),
    outcome: own?.outcome ?? byTime.reduce<ThreadFacts["outcome"]>((o, l) => l.outcome ?? o, undefined),
  };
  return facts;
}

/** When a letter stands in its thread: its latest own date (sent, replied or interviewed). */
export const letterTime = (l: LetterSummary): number =>
  Math.max(...[l.sent, l.replied, l.interviewed].map((d) => d?.instant.getTime() ?? -8.64e15));

/** Oldest letter first; the one order used for "the latest letter" everywhere. */
export const byLetterTime = (a: LetterSummary, b: LetterSummary): number => letterTime(a) - letterTime(b) || a.id.localeCompare(b.id);

/** The latest sent letter of a kind in a thread. */
export function latestSent(thread: LetterSummary[], kind: LetterSummary["kind"]): DateValue | undefined {
  return latest(thread.filter((l) => l.kind === kind).map((l) => l.sent));
}
