import type { Rule } from "../types";

const LEGAL = /[\s,]+(?:inc\.?|llc|l\.l\.c\.|ltd\.?|limited|co\.?|corp\.?|corporation|company|plc|gmbh|s\.a\.|group|holdings|pllc|lp|llp)$/i;
const LEVELS = /^(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|associate|chief|head|entry[- ]level|assistant|deputy)\s+/i;
const GRADE = /\s+(?:i{1,3}|iv|v|[1-5]|level\s+[1-5]|\([^)]*\))$/i;
// A last word that only says what kind of employer it is: "Quillstack Technologies" is "Quillstack".
const KIND_OF_PLACE = /\s+(?:technologies|technology|tech|labs?|health|healthcare|hospital|medical\s+center|clinic|group|partners|systems|solutions|services|associates|foods|bakery|insurance|bank|library|school|district|university|college|academy|studios?|games|media|consulting|advisors|logistics|freight|stores?|market|restaurant|cafe|hotel|dental|pharmacy|company|agency|center|centre|foundation|institute|department|software|pharma|pharmaceuticals|biotech|robotics|energy|solar|construction|engineering|marine|veterinary|analytics|airlines?|motors|industries|manufacturing|realty|properties|therapy|credit\s+union|bistro|kitchen|salon|spa|gym|fitness|farms?|vineyards?|winery|brewing|brewery|coffee|books|press|publishing|law|legal|architects|design|digital|networks|security|transport|transit|airport|museum|theatre|theater|church|parish|ministries)$/i;

const squash = (s: string) =>
  s.normalize("NFC").toLowerCase().replace(/[\u2019]/g, "'").replace(/&/g, " and ").replace(/[^\p{L}\p{N}'\s-]+/gu, " ").replace(/\s+/g, " ").trim();

/** The names by which the body may refer to the company: as written, without "Inc." or "The", or without its last generic word. */
export function companyNames(company: string): string[] {
  const base = company.replace(LEGAL, "").replace(/^the\s+/i, "");
  const names = new Set([company, base]);
  // Drop trailing kind-of-place words ("Orchard Hill Veterinary Hospital" is "Orchard Hill"),
  // and the last word of a long name, never below two words unless a kind-of-place word went.
  let short = base;
  for (let i = 0; i < 3 && KIND_OF_PLACE.test(short); i++) {
    short = short.replace(KIND_OF_PLACE, "");
    names.add(short);
  }
  const words = base.split(/\s+/);
  if (words.length >= 3) names.add(words.slice(0, -1).join(" "));
  if (words.length >= 4) names.add(words.slice(0, 2).join(" "));
  return [...names].map(squash).filter((n) => n.length >= 3 || (n.length >= 2 && /\p{Lu}{2}/u.test(company)));
}

export function roleNames(role: string): string[] {
  const plain = role.replace(GRADE, "").replace(LEVELS, "").replace(GRADE, "");
  const names = new Set([role, role.replace(LEVELS, ""), plain]);
  const words = plain.split(/\s+/);
  if (words.length >= 3) names.add(words.slice(1).join(" "));
  return [...names].map(squash).filter((n) => n.length >= 3);
}

// Leading words too common to name a company on their own ("City of Ashford", "First National").
const COMMON_LEAD = /^(?:city|county|state|town|village|university|college|national|american|first|general|united|new|north|south|east|west|central|saint|st\.?|great|global|international|royal|old|big|little|golden|green|blue|red|black|white|grand|home|community|public|all|best|good|family|our|mount|mt\.?|lake|river|pacific|atlantic)$/i;

/** "Ridgeback" for "Ridgeback Biologics, Inc.": a distinctive first word, written capitalised in the body. */
function shortName(company: string): string | undefined {
  const words = company.replace(LEGAL, "").replace(/^the\s+/i, "").split(/\s+/);
  const first = words[0]?.replace(/[^\p{L}\p{N}'-]/gu, "");
  if (words.length < 2 || !first || first.length < 4 || COMMON_LEAD.test(first) || !/^\p{Lu}/u.test(first)) return undefined;
  return first;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Whether `name` occurs in `body` as whole words. */
function contains(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    if (!WORD_CHAR.test(body[at - 1] ?? "") && !WORD_CHAR.test(body[at + name.length] ?? "")) return true;
  }
  return false;
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
    if (names.some((n) => contains(body, n))) return [];
    const short = company ? shortName(company) : undefined;
    if (short && letter.blocks.some((b) => contains(b.text, short))) return [];
    return [{
      code: "generic-letter",
      message: `Name ${[company, role].filter(Boolean).map((s) => `"${s}"`).join(" or ")} and say something specific about them: a generic note is easy to forget.`,
      ...letter.firstBodyLine,
    }];
  },
};
