import { format } from "date-fns";
import { TZDate } from "@date-fns/tz";

/** "Tue 24 Nov 2026, 14:00" in the configured zone; midnight reads as the day alone. */
export function formatWhen(instant: Date, timeZone: string): string {
  const d = timeZone ? new TZDate(instant.getTime(), timeZone) : instant;
  return format(d, d.getHours() === 0 && d.getMinutes() === 0 ? "EEE d MMM yyyy" : "EEE d MMM yyyy, HH:mm");
}
