// Hover on a front-matter date: the day spelled out, how far away it is, and what it means.
import { formatDistanceStrict } from "date-fns";
import type { Hover } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { FollowupSettings } from "../../shared/settings";
import { nudgeDate, statusCheckDate, thankYouDeadline, threadFacts, type DateValue, type Letter, type LetterSummary } from "../engine";
import { calendarDay } from "../engine/dates";
import { toRange } from "./convert";

const DATE_KEYS = ["interviewed", "sent", "promised", "replied"] as const;
type DateKey = (typeof DATE_KEYS)[number];

export function hover(doc: TextDocument, letter: Letter, offset: number, thread: LetterSummary[], settings: FollowupSettings, now: Date): Hover | null {
  if (!letter.isLetter) return null;
  for (const key of DATE_KEYS) {
    const entry = letter.frontMatter.get(key);
    const value = letter.fields[key];
    if (!entry || !value || offset < entry.keySpan.start || offset > entry.valueSpan.end) continue;
    const lines = [`**${spell(value, settings.timeZone)}**, ${relative(value, now, settings.timeZone)}`, "", ...meaning(key, value, letter, thread, settings, now)];
    return { contents: { kind: "markdown", value: lines.join("\n") }, range: toRange(doc, { start: entry.keySpan.start, end: entry.valueSpan.end }) };
  }
  return null;
}

function meaning(key: DateKey, value: DateValue, letter: Letter, thread: LetterSummary[], s: FollowupSettings, now: Date): string[] {
  const tz = s.timeZone;
  const at = (d: Date) => `${spellInstant(d, tz)} (${distance(d, now)})`;
  const kind = letter.fields.kind;
  switch (key) {
    case "interviewed": {
      const facts = threadFacts(thread, { interviewed: value, promised: letter.fields.promised });
      const check = statusCheckDate(facts, s);
      return [
        `The interview. The thank-you is due by ${at(thankYouDeadline(value, s))}.`,
        ...(check ? ["", `Earliest day for a status check: ${at(check)}${facts.promised ? ", the day after the promised reply" : `, ${s.statusCheckDays} days after the interview`}.`] : []),
      ];
    }
    case "sent": {
      if (kind === "thank-you" && letter.fields.interviewed) {
        const deadline = thankYouDeadline(letter.fields.interviewed, s);
        return [`When this thank-you went out; it was due by ${spellInstant(deadline, tz)}.`];
      }
      if (kind === "status-check") return [`When this status check went out. Earliest day for a nudge: ${at(nudgeDate(value, s))}.`];
      return ["When this letter went out. Remove the value to make it a draft again."];
    }
    case "promised":
      return [`When they said they would get back to you. Earliest day for a status check: ${at(statusCheckDate({ promised: value }, s)!)}.`];
    case "replied":
      return ["When the employer answered: the wait for this application is over."];
  }
}

function spell(value: DateValue, timeZone: string): string {
  if (value.dateOnly) {
    return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(value.year, value.month - 1, value.day)));
  }
  return spellInstant(value.instant, timeZone);
}

function spellInstant(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { weekday: "long", day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: timeZone || undefined, timeZoneName: "short" }).format(instant);
}

const distance = (d: Date, now: Date) => formatDistanceStrict(d, now, { addSuffix: true, roundingMethod: "floor" });

function relative(value: DateValue, now: Date, timeZone: string): string {
  if (!value.dateOnly) return distance(value.instant, now);
  const today = calendarDay(now, timeZone);
  const days = Math.round((Date.UTC(value.year, value.month - 1, value.day) - Date.UTC(today.year, today.month - 1, today.day)) / 86_400_000);
  if (days === 0) return "today";
  if (days === -1) return "yesterday";
  if (days === 1) return "tomorrow";
  return days < 0 ? `${-days} days ago` : `in ${days} days`;
}
