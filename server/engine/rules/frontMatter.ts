import type { Rule } from "../types";

/** Front-matter problems are found while parsing (see letter.ts); this rule reports them. */
export const frontMatter: Rule = {
  code: "front-matter",
  kinds: "all",
  defaultSeverity: "error",
  description: "The front matter parses, has the required keys, a known kind and real dates, and sent is not before interviewed.",
  check(letter) {
    return letter.problems.filter((p) => p.code === "front-matter");
  },
};
