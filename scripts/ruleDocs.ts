// The rule docs index, rendered from the rule metadata: scripts/gen-rule-docs.mjs writes it,
// and a unit test fails when docs/rules/README.md drifts from it.
import type { Rule } from "../server/engine/types";
import { RULES } from "../server/engine/rules";

export const kindsText = (rule: Rule): string => (rule.kinds === "all" ? "all kinds" : rule.kinds.map((k) => `\`${k}\``).join(", "));

/** The line every rule page carries under its summary, checked against the metadata. */
export const factsLine = (rule: Rule): string => `Letters: ${kindsText(rule)}`;

export function renderIndex(rules: readonly Rule[] = RULES): string {
  const rows = rules.map((r) => `| [\`${r.code}\`](${r.code}.md) | ${kindsText(r)} | ${r.defaultSeverity} | ${r.description} |`);
  return [
    "# Rules",
    "",
    "<!-- Generated from the rule metadata (server/engine/rules) by `node scripts/gen-rule-docs.mjs`. Do not edit by hand. -->",
    "",
    "Every diagnostic links to its rule's page: what it checks, why (from the interview",
    "follow-up guide), a bad and a good letter, and its settings. The examples on every page",
    "are run by the unit tests: each bad letter fires its rule, each good letter is clean.",
    "",
    "| rule | letters | default severity | checks |",
    "| --- | --- | --- | --- |",
    ...rows,
    "",
    "Every rule can be turned off or given another severity in settings",
    '(`"followup.rules": { "too-long": "off", "generic-letter": "hint" }`), and inside a letter',
    "with `<!-- followup-disable CODE… -->`, `<!-- followup-enable CODE… -->` and",
    "`<!-- followup-disable-next-line CODE… -->` (no codes: every rule).",
    "",
  ].join("\n");
}
