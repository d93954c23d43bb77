import { format, subMilliseconds } from "date-fns";
import { TZDate } from "@date-fns/tz";

const local = (instant: Date, timeZone: string) => (timeZone ? new TZDate(instant.getTime(), timeZone) : instant);
const isMidnight = (d: Date) => d.getHours() === 0 && d.getMinutes() === 0 && d.getSeconds() === 0;

/** "Tue 24 Nov 2026, 14:00" in the configured zone; a midnight reads as the day it starts. */
export function formatWhen(instant: Date, timeZone: string): string {
  const d = local(instant, timeZone);
  return format(d, isMidnight(d) ? "EEE d MMM yyyy" : "EEE d MMM yyyy, HH:mm");
}

/** A deadline: a midnight reads as the end of the day before ("end of Tue 24 Nov 2026"). */
export function formatDeadline(instant: Date, timeZone: string): string {
  const d = local(instant, timeZone);
  if (!isMidnight(d)) return format(d, "EEE d MMM yyyy, HH:mm");
  return `end of ${format(local(subMilliseconds(instant, 1), timeZone), "EEE d MMM yyyy")}`;
}
