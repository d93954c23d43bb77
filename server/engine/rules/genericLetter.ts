import type { Rule } from "../types";

const LEGAL = /[\s,]+(?:inc\.?|llc|l\.l\.c\.|ltd\.?|limited|co\.?|corp\.?|corporation|company|plc|gmbh|s\.a\.|group|holdings)$/i;
const LEVELS = /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|associate|chief|head|entry[- ]level)\s+/i;

const squash = (s: string) => s.normalize("NFC").toLowerCase().replace(/[\u2019]/g, "'").replace(/\s+/g, " ").trim();

/** The names by which the body may refer to the company: as written, without "Inc.", or without its last generic word. */
export function companyNames(company: string): string[] {
  const names = new Set([company, company.replace(LEGAL, "")]);
  const words = company.replace(LEGAL, "").split(/\s+/);
  if (words.length >= 3) names.add(words.slice(0, -1).join(" "));
  return [...names].map(squash).filter((n) => n.length >= 2);
}

export function roleNames(role: string): string[] {
  return [...new Set([role, role.replace(LEVELS, "")])].map(squash).filter((n) => n.length >= 2);
}

export const genericLetter: Rule = {
  code: "generic-letter",
  kinds: ["thank-you"],
  defaultSeverity: "information",
  description: "The thank-you names the company or the role.",
  check(letter) {
    const { company, role } = letter.fields;
    if (!company && !role) return [];
    const body = squash(letter.blocks.map((b) => b.text).join(" "));
    const names = [...(company ? companyNames(company) : []), ...(role ? roleNames(role) : [])];
    if (names.some((n) => body.includes(n))) return [];
    return [{
      code: "generic-letter",
      message: `Name ${[company, role].filter(Boolean).map((s) => `"${s}"`).join(" or ")} and say something specific about them: a generic note is easy to forget.`,
      ...letter.firstBodyLine,
    }];
  },
};
