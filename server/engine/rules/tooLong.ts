import type { Rule } from "../types";

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}'\u2019&.-]*[\p{L}\p{N}\p{M}])?/gu;

export const tooLong: Rule = {
  code: "too-long",
  kinds: ["status-check", "nudge", "rejection-reply"],
  defaultSeverity: "information",
  description: "Status checks, nudges and rejection replies are brief.",
  check(letter, { settings }) {
    const limit = settings.maxWords[letter.fields.kind as keyof typeof settings.maxWords];
    if (!limit) return [];
    let count = 0;
    let overStart = -1;
    let lastEnd = -1;
    for (const block of letter.blocks) {
      WORD.lastIndex = 0;
      for (let m = WORD.exec(block.text); m; m = WORD.exec(block.text)) {
        count++;
        if (count === limit + 1) overStart = block.start + m.index;
        lastEnd = block.start + m.index + m[0].length;
      }
    }
    if (count <= limit) return [];
    return [{
      code: "too-long",
      message: `Be brief: ${count} words, ${count - limit} over the ${limit} a ${letter.fields.kind} should take. Keep it to a few polite sentences.`,
      start: overStart,
      end: lastEnd,
    }];
  },
};
