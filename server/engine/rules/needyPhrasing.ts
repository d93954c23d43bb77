import { NEEDY } from "../phrases/needy";
import type { Rule } from "../types";
import { phraseFindings } from "./phraseRule";

export const needyPhrasing: Rule = {
  code: "needy-phrasing",
  kinds: "all",
  defaultSeverity: "warning",
  description: "Begging, desperation, self-doubt, over-apologising or guilt.",
  check(letter, { settings }) {
    return phraseFindings(letter, "needy-phrasing", NEEDY, settings.needyPhrases, "Stay confident: say what you contribute.");
  },
};
