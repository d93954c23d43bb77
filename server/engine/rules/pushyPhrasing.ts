import { PUSHY } from "../phrases/pushy";
import type { Rule } from "../types";
import { phraseFindings } from "./phraseRule";

export const pushyPhrasing: Rule = {
  code: "pushy-phrasing",
  kinds: ["status-check", "nudge"],
  defaultSeverity: "warning",
  description: "Impatience or demands in a status check or nudge.",
  check(letter, { settings }) {
    return phraseFindings(letter, "pushy-phrasing", PUSHY, settings.pushyPhrases, "Stay polite and understanding: ask where they are in the process.");
  },
};
