import { isBeforeEarliest, latestSent, nudgeDate, statusCheckDate, threadFacts } from "../timing";
import type { Finding, Letter, Rule } from "../types";
import { formatWhen } from "./when";

function at(letter: Letter) {
  const fm = letter.frontMatter;
  return ((letter.fields.sent ? fm.get("sent") : undefined) ?? fm.get("promised") ?? fm.get("interviewed") ?? fm.get("kind"))!.keySpan;
}

export const prematureFollowUp: Rule = {
  code: "premature-follow-up",
  kinds: ["status-check", "nudge"],
  defaultSeverity: "warning",
  description: "A status check waits until the promised date has passed; a nudge waits two days after the status check.",
  check(letter, { settings, now, thread }) {
    const tz = settings.timeZone;
    const { kind, sent } = letter.fields;
    const when = sent ?? undefined;
    const tooEarly = (earliest: Date) => (when ? isBeforeEarliest(when, earliest, tz) : now.getTime() < earliest.getTime());
    const verb = when ? "was sent" : "would go out";
    const finding = (message: string): Finding[] => [{ code: "premature-follow-up", message, ...at(letter) }];
    if (kind === "status-check") {
      const facts = threadFacts(thread, letter.fields);
      const earliest = statusCheckDate(facts, settings);
      if (!earliest || !tooEarly(earliest)) return [];
      const reason = facts.promised ? `before the day they promised an answer (${facts.promised.text}) has passed` : `less than ${settings.statusCheckDays} days after the interview`;
      return finding(`Too early: this status check ${verb} ${reason}. Wait until ${formatWhen(earliest, tz)} or later.`);
    }
    const statusCheck = latestSent(thread, "status-check");
    if (!statusCheck) return finding("Too early: send a status check first; a nudge follows an unanswered status check.");
    const earliest = nudgeDate(statusCheck, settings);
    if (!tooEarly(earliest)) return [];
    return finding(`Too early: this nudge ${verb} less than ${settings.nudgeDays} days after the status check. Wait until ${formatWhen(earliest, tz)} or later.`);
  },
};
