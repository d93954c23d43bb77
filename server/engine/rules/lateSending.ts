import { formatDistanceStrict } from "date-fns";
import { thankYouDeadline, isAfterDeadline } from "../timing";
import type { Rule } from "../types";
import { formatDeadline } from "./when";

export const lateSending: Rule = {
  code: "late-sending",
  kinds: ["thank-you"],
  defaultSeverity: "warning",
  description: "The thank-you goes out within a day of the interview.",
  check(letter, { settings, now }) {
    const interviewed = letter.fields.interviewed;
    if (!interviewed) return [];
    const deadline = thankYouDeadline(interviewed, settings);
    const tz = settings.timeZone;
    const sent = letter.fields.sent;
    if (sent) {
      if (!isAfterDeadline(sent, deadline, tz)) return [];
      const late = sent.dateOnly ? "" : ` (${formatDistanceStrict(sent.instant, interviewed.instant)} after the interview)`;
      return [{
        code: "late-sending",
        message: `This thank-you went out after its deadline (${formatDeadline(deadline, tz)})${late}. Send thank-you notes within a day of the interview.`,
        ...letter.frontMatter.get("sent")!.keySpan,
      }];
    }
    if (now.getTime() <= deadline.getTime()) return [];
    return [{
      code: "late-sending",
      message: `The thank-you deadline passed (${formatDeadline(deadline, tz)}): send it today; a late note still beats none.`,
      ...letter.frontMatter.get("interviewed")!.keySpan,
    }];
  },
};
