// Front-matter dates (spec §1 "Dates and times"). A value without an offset is local time
// in the configured zone (the timeZone setting, else the process's TZ); a date-only value
// stays the calendar day it names in every zone.
import { addDays, addHours, isExists } from "date-fns";
import { TZDate } from "@date-fns/tz";
import type { DateValue } from "./types";

const DATE_TIME =
  /^(\d{4,5})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const MIN_YEAR = 1900;
const MAX_YEAR = 2199;

export type DateParse = { ok: true; value: DateValue } | { ok: false; reason: string };

/** Parses a front-matter value: a string in one of the spec's forms, or a YAML timestamp. */
export function parseDateValue(raw: unknown, timeZone: string): DateParse {
  if (raw instanceof Date) {
    if (Number.isNaN(raw.getTime())) return { ok: false, reason: "is not a valid date" };
    return parseDateValue(raw.toISOString(), timeZone);
  }
  if (typeof raw === "number" || typeof raw === "boolean") {
    return { ok: false, reason: `is a ${typeof raw}, not a date; write it like 2026-11-24 or 2026-11-24 14:30` };
  }
  if (typeof raw !== "string") {
    return { ok: false, reason: "is not a date; write it like 2026-11-24 or 2026-11-24 14:30" };
  }
  const text = raw.trim();
  const m = DATE_TIME.exec(text);
  if (!m) return { ok: false, reason: `"${clip(text)}" is not a date; write it like 2026-11-24 or 2026-11-24 14:30` };
  const [, ys, mos, ds, hs, mis, ss, fs, offset] = m;
  const year = Number(ys), month = Number(mos), day = Number(ds);
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, reason: `year ${year} is not a plausible date` };
  if (!isExists(year, month - 1, day)) return { ok: false, reason: `${text} is not a real calendar date` };
  const dateOnly = hs === undefined;
  const hour = Number(hs ?? 0), minute = Number(mis ?? 0), second = Number(ss ?? 0);
  const ms = fs ? Number(fs.slice(0, 3).padEnd(3, "0")) : 0;
  if (hour > 23 || minute > 59 || second > 59) return { ok: false, reason: `${text} has an impossible time of day` };
  let instant: Date;
  if (offset) {
    const offsetMinutes = parseOffset(offset);
    if (offsetMinutes === null) return { ok: false, reason: `${offset} is not a valid UTC offset` };
    instant = new Date(Date.UTC(year, month - 1, day, hour, minute, second, ms) - offsetMinutes * 60_000);
  } else {
    instant = zonedTime(year, month, day, hour, minute, second, ms, timeZone);
  }
  if (Number.isNaN(instant.getTime())) return { ok: false, reason: `${text} is not a valid date` };
  return { ok: true, value: { dateOnly, year, month, day, instant, text } };
}

function parseOffset(offset: string): number | null {
  if (offset === "Z" || offset === "z") return 0;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset);
  if (!m) return null;
  const hours = Number(m[2]), minutes = Number(m[3] ?? 0);
  if (hours > 14 || minutes > 59) return null;
  return (m[1] === "-" ? -1 : 1) * (hours * 60 + minutes);
}

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The instant of a wall-clock time in a zone ("" = the process's zone). */
export function zonedTime(
  year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0, timeZone = "",
): Date {
  if (timeZone) return new Date(new TZDate(year, month - 1, day, hour, minute, second, ms, timeZone).getTime());
  const d = new Date(year, month - 1, day, hour, minute, second, ms);
  if (year < 100) d.setFullYear(year); // the Date constructor maps 0-99 to 1900-1999
  return d;
}

/** The calendar day an instant falls on, in a zone. */
export function calendarDay(instant: Date, timeZone: string): { year: number; month: number; day: number } {
  const d = timeZone ? new TZDate(instant.getTime(), timeZone) : instant;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The day a value names: its own day for a date, the local day for a date-time. */
export function dayOf(value: DateValue, timeZone: string): { year: number; month: number; day: number } {
  return value.dateOnly ? value : calendarDay(value.instant, timeZone);
}

/** Local midnight at the start of the day `days` after the day of `value`. */
export function midnightAfter(value: DateValue, days: number, timeZone: string): Date {
  const { year, month, day } = dayOf(value, timeZone);
  return zonedTime(year, month, day + days, 0, 0, 0, 0, timeZone);
}

/** `days` later on the same local clock time (DST-aware). */
export function sameClockDaysLater(instant: Date, days: number, timeZone: string): Date {
  if (timeZone) return new Date(addDays(new TZDate(instant.getTime(), timeZone), days).getTime());
  return addDays(instant, days);
}

export const hoursLater = (instant: Date, hours: number): Date => addHours(instant, hours);

/** Compares calendar days: negative, zero or positive. */
export function compareDays(a: { year: number; month: number; day: number }, b: { year: number; month: number; day: number }): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Whether a timeZone setting names a zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  if (!timeZone) return true;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone });
    return true;
  } catch {
    return false;
  }
}
