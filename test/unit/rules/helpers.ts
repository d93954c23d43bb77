// Shared by the rule tests: a fixed moment and zone, the fixture folders, and the
// markdownlint-style fixture format (expectations next to the text).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import type { RuleCode } from "../../../shared/letters";
import { resolveSettings, type FollowupSettings } from "../../../shared/settings";
import { analyzeText, type Analysis } from "../../../server/engine";

export const NOW = new Date("2026-11-26T12:00:00Z");
export const ROOT = findRoot();
export const FIXTURES = join(ROOT, "test", "fixtures", "rules");

function findRoot(): string {
  let dir = process.cwd();
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "server", "engine"))) return dir;
    dir = join(dir, "..");
  }
  return process.cwd();
}

export function settings(overrides: Record<string, unknown> = {}): FollowupSettings {
  return resolveSettings({ timeZone: "UTC", ...overrides });
}

export function check(text: string, overrides: Record<string, unknown> = {}): Analysis {
  return analyzeText(text, { settings: settings(overrides), now: NOW });
}

export const codesOf = (a: Analysis): string[] => [...new Set(a.diagnostics.map((d) => d.code))].sort();
export const textOf = (a: Analysis, code: RuleCode): string[] =>
  a.diagnostics.filter((d) => d.code === code).map((d) => a.letter.text.slice(d.start, d.end));

export function listFiles(dir: string, suffix: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return listFiles(full, suffix);
    return e.name.endsWith(suffix) ? [full] : [];
  });
}

/** A whole-letter fixture: its text and the `expect` key of its front matter. */
export interface LetterFixture {
  file: string;
  text: string;
  expect: { codes: string[]; needy?: string[]; pushy?: string[]; exact?: Record<string, string[]>; settings?: Record<string, unknown> };
}

/** The expectation is the `expect` key of the front matter, or a sibling NAME.expect.json (for letters whose front matter is broken on purpose). */
export function readLetterFixture(file: string): LetterFixture {
  const text = readFileSync(file, "utf8");
  const sibling = file.replace(/\.md$/, ".expect.json");
  if (existsSync(sibling)) return { file, text, expect: JSON.parse(readFileSync(sibling, "utf8")) };
  const fm = /^\uFEFF?---\r?\n([^]*?)\r?\n---/.exec(text);
  const data = fm ? (parseYaml(fm[1]) as { expect?: LetterFixture["expect"] }) : {};
  if (!data?.expect || !Array.isArray(data.expect.codes)) throw new Error(`${file}: front matter needs expect.codes`);
  return { file, text, expect: data.expect };
}

/**
 * A variants file: many sentences, each dropped into one slot of a template letter.
 *   Template: `thank-you`   Slot: `thanks`
 *   ## counts / ## does not count     (missing-* rules: the sentence does / does not supply the part)
 *   ## flagged / ## quiet             (phrase rules: [[the marked phrase]] inside the sentence)
 */
export interface Variant {
  file: string;
  heading: string;
  sentence: string;
  /** the phrases in [[…]], for phrase rules */
  marked: string[];
  template: string;
  slot: string;
}

export function readVariants(file: string): Variant[] {
  const text = readFileSync(file, "utf8");
  const template = /Template:\s*`([\w-]+)`/.exec(text)?.[1];
  const slot = /Slot:\s*`([\w-]+)`/.exec(text)?.[1];
  if (!template || !slot) throw new Error(`${file}: needs Template: \`…\` and Slot: \`…\``);
  const out: Variant[] = [];
  let heading = "";
  for (const line of text.split(/\r?\n/)) {
    const h = /^##\s+(.+?)\s*$/.exec(line);
    if (h) heading = h[1].toLowerCase();
    const item = /^- (.+)$/.exec(line);
    if (item && heading) {
      const marked = [...item[1].matchAll(/\[\[(.+?)\]\]/g)].map((m) => m[1]);
      out.push({ file, heading, sentence: item[1].replace(/\[\[|\]\]/g, ""), marked, template, slot });
    }
  }
  return out;
}

const SLOT = /\{\{(\w+):\s*([^]*?)\}\}/g;

/** The template letter with `slot` holding `sentence` and every other slot its default. */
export function fillTemplate(template: string, slot: string, sentence: string): string {
  const text = readFileSync(join(FIXTURES, "templates", `${template}.md`), "utf8");
  let found = false;
  const out = text.replace(SLOT, (_, name: string, fallback: string) => {
    if (name !== slot) return fallback;
    found = true;
    return sentence;
  });
  if (!found) throw new Error(`template ${template} has no slot ${slot}`);
  return out;
}
