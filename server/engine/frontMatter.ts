// Splits the front matter with gray-matter and parses the YAML with positions (the `yaml`
// document API). gray-matter's own engines never run: JavaScript and CoffeeScript front
// matter is refused, and the YAML text is parsed here so every key keeps its span.
import matter from "gray-matter";
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from "yaml";
import type { FrontMatterEntry, Span } from "./types";

export interface FrontMatterBlock {
  /** span of the block, delimiters included */
  span: Span;
  /** offset where the YAML text starts */
  yamlStart: number;
  bodyStart: number;
  closed: boolean;
  /** gray-matter's language after the opening `---` ("" for plain YAML) */
  language: string;
  yamlText: string;
}

export interface ParsedYaml {
  entries: Map<string, FrontMatterEntry>;
  errors: { message: string; span: Span }[];
}

const refuse = () => {
  throw new Error("refused");
};
const keepRaw = () => ({});
// Only YAML is read, and never by gray-matter: its default engines include one that evals.
const ENGINES = {
  yaml: { parse: keepRaw },
  yml: { parse: keepRaw },
  javascript: { parse: refuse },
  js: { parse: refuse },
  coffee: { parse: refuse },
  coffeescript: { parse: refuse },
  cson: { parse: refuse },
  json: { parse: refuse },
  toml: { parse: refuse },
};

/** Finds the front-matter block, or undefined when the file has none. */
export function splitFrontMatter(text: string): FrontMatterBlock | undefined {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith("---", bom) || text.charAt(bom + 3) === "-") return undefined;
  const yamlStart = text.indexOf("\n", bom);
  if (yamlStart < 0) return undefined;
  const language = text.slice(bom + 3, yamlStart).trim();
  let content: string | undefined;
  try {
    content = (matter(text, { engines: ENGINES } as never) as { content: string }).content;
  } catch {
    content = undefined; // a refused or unknown engine: the block is reported, never run
  }
  const closeAt = text.indexOf("\n---", yamlStart);
  const closed = closeAt >= 0;
  // gray-matter cuts the body after the closing line; fall back to the same cut when it refused.
  const bodyStart = content !== undefined && closed ? text.length - content.length : closed ? afterLine(text, closeAt + 4) : text.length;
  return {
    span: { start: 0, end: bodyStart },
    yamlStart,
    bodyStart,
    closed,
    language,
    // without the \r of a CRLF closing line: the yaml package reads a lone \r after a flow
    // collection ("a: [x]\r") as an error
    yamlText: text.slice(yamlStart, closed ? (text[closeAt - 1] === "\r" ? closeAt - 1 : closeAt) : text.length),
  };
}

function afterLine(text: string, at: number): number {
  if (text[at] === "\r") at++;
  if (text[at] === "\n") at++;
  return at;
}

/** Parses the YAML between the delimiters; spans are offsets into the file. */
export function parseYaml(block: FrontMatterBlock): ParsedYaml {
  const base = block.yamlStart;
  const entries = new Map<string, FrontMatterEntry>();
  const errors: ParsedYaml["errors"] = [];
  const lines = new LineCounter();
  const deep = tooDeep(block.yamlText);
  if (deep >= 0) {
    errors.push({ message: "The front matter is not valid YAML: it is nested too deeply.", span: { start: base + deep, end: base + deep + 1 } });
    return { entries, errors };
  }
  // Duplicate keys are found below: yaml's own check compares every key with every other.
  const doc = parseDocument(block.yamlText, { uniqueKeys: false, prettyErrors: false, lineCounter: lines, strict: true });
  for (const e of doc.errors) {
    errors.push({ message: yamlMessage(e.message), span: { start: base + e.pos[0], end: base + Math.max(e.pos[1], e.pos[0] + 1) } });
  }
  for (const w of doc.warnings) {
    // An unknown tag (`!!js/function`, `!!python/object`) is never run; it is reported, not read.
    if (w.code !== "TAG_RESOLVE_FAILED") continue;
    const tag = block.yamlText.slice(w.pos[0], w.pos[1]).split(/\s/)[0] || "this tag";
    errors.push({ message: `The front matter uses the YAML tag ${tag}, which letters do not support: remove it and write plain text.`, span: { start: base + w.pos[0], end: base + Math.max(w.pos[1], w.pos[0] + 1) } });
  }
  if (errors.length) return { entries, errors };
  const root = doc.contents;
  if (root === null) return { entries, errors };
  if (!isMap(root)) {
    const [s, e] = root.range ?? [0, block.yamlText.length];
    errors.push({ message: "Front matter should be `key: value` lines.", span: { start: base + s, end: base + e } });
    return { entries, errors };
  }
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode | null;
    if (!isScalar(keyNode) || !keyNode.range) continue;
    const key = String(keyNode.value);
    const keySpan = { start: base + keyNode.range[0], end: base + keyNode.range[1] };
    if (entries.has(key)) {
      errors.push({ message: `The front matter is not valid YAML: \`${key}\` appears twice; keep one.`, span: keySpan });
      return { entries: new Map(), errors };
    }
    const valueNode = pair.value as YamlNode | null;
    const valueSpan = valueNode?.range
      ? { start: base + valueNode.range[0], end: base + valueNode.range[1] }
      : { start: keySpan.end, end: keySpan.end };
    const entry: FrontMatterEntry = { key, keySpan, valueSpan, value: null };
    if (isAlias(valueNode)) {
      errors.push({ message: `\`${key}\`: YAML aliases are not supported in letters.`, span: valueSpan });
      continue;
    }
    // A `!!timestamp` resolves to a Date in UTC; the text as written keeps a date a calendar day.
    if (isScalar(valueNode)) entry.value = valueNode.value instanceof Date && typeof valueNode.source === "string" ? valueNode.source : valueNode.value;
    else if (isSeq(valueNode)) {
      entry.items = valueNode.items.map((item) => {
        const node = item as YamlNode;
        const r = node.range ?? valueNode.range ?? [0, 0];
        const span = { start: base + r[0], end: base + r[1] };
        return { value: isScalar(node) ? node.value : node, span, lineSpan: blockItemLine(block, span) };
      });
      entry.value = entry.items.map((i) => i.value);
    } else if (valueNode) entry.value = valueNode; // a nested map: not a valid value for any key
    entries.set(key, entry);
  }
  return { entries, errors };
}

// yaml parses flow collections recursively: thousands of `[` run it out of stack, slowly.
const MAX_FLOW_DEPTH = 64;

/** Where flow brackets first nest deeper than any letter's would, or -1. */
function tooDeep(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_FLOW_DEPTH) return i;
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
  return -1;
}

/** For a block sequence item (`  - text`), the span of its whole line with the line break. */
function blockItemLine(block: FrontMatterBlock, span: Span): Span | undefined {
  const text = block.yamlText;
  const local = span.start - block.yamlStart;
  const lineStart = text.lastIndexOf("\n", local - 1) + 1;
  if (!/^\s*-\s*$/.test(text.slice(lineStart, local))) return undefined;
  const nl = text.indexOf("\n", span.end - block.yamlStart);
  const lineEnd = nl < 0 ? text.length : nl + 1;
  return { start: block.yamlStart + lineStart, end: block.yamlStart + lineEnd };
}

function yamlMessage(message: string): string {
  if (/call stack/i.test(message)) return "The front matter is not valid YAML: it is nested too deeply.";
  const first = message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
  return `The front matter is not valid YAML: ${first}`;
}
