// The body as prose: paragraphs, list items and headings, with offsets into the file.
// Block quotes, code and HTML comments are not prose; inline markup, code spans, link
// targets and comments are blanked to spaces so every offset still maps to the file.
import { unified } from "unified";
import remarkParse from "remark-parse";
import type { BlockType, DisableComment, ProseBlock } from "./types";

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { offset?: number }; end: { offset?: number } };
}

const parser = unified().use(remarkParse);

const SKIPPED = new Set(["blockquote", "code", "definition", "thematicBreak", "yaml", "footnoteDefinition"]);
const KEPT_LEAVES = new Set(["text", "break"]);

export interface Body {
  blocks: ProseBlock[];
  comments: { start: number; end: number; value: string }[];
}

/** Parses `text.slice(start)` and returns prose blocks with file offsets. */
export function readBody(text: string, start: number): Body {
  const source = defuse(text.slice(start));
  const tree = parser.parse(source) as MdNode;
  const blocks: ProseBlock[] = [];
  const comments: Body["comments"] = [];
  const walk = (node: MdNode, inList: boolean) => {
    if (SKIPPED.has(node.type)) return;
    if (node.type === "html") {
      collectComments(node, start, comments);
      return;
    }
    if (node.type === "paragraph" || node.type === "heading") {
      const block = proseBlock(node, inList ? "listItem" : (node.type as BlockType), text, start, comments);
      if (block) blocks.push(block);
      return;
    }
    for (const child of node.children ?? []) walk(child, inList || node.type === "listItem");
  };
  walk(tree, false);
  return { blocks, comments };
}

// micromark slows down superlinearly on deep containers (`> > > …`, `- - - …`, lists
// indented thousands of columns), on thousands of unmatched `*`, `[`, `` ` `` or `<`, and
// on tens of thousands of escapes or character references (`\`, `&`), each a node;
// no letter has any of these. Past these limits the extra markup is parsed as spaces: offsets
// never move, and prose keeps the file's own characters.
const MAX_MARKERS = 6;
const MAX_PREFIX = 24;
const MAX_MARKUP = 256;
const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-*+](?=[ \t\r\n]|$)|\d{1,9}[.)](?=[ \t\r\n]|$)))+/gm;
const MARKER = />|[-*+]|\d{1,9}[.)]/g;
const MARKUP = [/[*_]/g, /[[\]]/g, /`/g, /</g, /\\/g, /&/g];

/** The body with pathological markup blanked to spaces (same length, same offsets). */
export function defuse(source: string): string {
  let out = source.replace(CONTAINER_PREFIX, (prefix) => {
    let markers = 0;
    return prefix.replace(MARKER, (m, at: number) => (++markers > MAX_MARKERS || at + m.length > MAX_PREFIX ? " ".repeat(m.length) : m));
  });
  for (const markup of MARKUP) {
    if ((out.match(markup)?.length ?? 0) > MAX_MARKUP) out = out.replace(markup, " ");
  }
  return out;
}

function span(node: MdNode, base: number): [number, number] | undefined {
  const s = node.position?.start.offset, e = node.position?.end.offset;
  return s === undefined || e === undefined ? undefined : [base + s, base + e];
}

function collectComments(node: MdNode, base: number, out: Body["comments"]) {
  const at = span(node, base);
  const value = node.value ?? "";
  if (!at || !value.startsWith("<!--")) return;
  out.push({ start: at[0], end: at[1], value });
}

function proseBlock(node: MdNode, type: BlockType, text: string, base: number, comments: Body["comments"]): ProseBlock | undefined {
  const at = span(node, base);
  if (!at) return undefined;
  const [start, end] = at;
  const keep = new Uint8Array(end - start);
  const mark = (n: MdNode) => {
    const s = span(n, base);
    if (!s) return;
    if (KEPT_LEAVES.has(n.type) || (n.type === "html" && !(n.value ?? "").startsWith("<!--"))) {
      keep.fill(1, s[0] - start, s[1] - start);
      return;
    }
    if (n.type === "html") collectComments(n, base, comments);
    for (const child of n.children ?? []) mark(child);
  };
  for (const child of node.children ?? []) mark(child);
  let masked = "";
  for (let i = start; i < end; i++) {
    const ch = text[i];
    masked += keep[i - start] || ch === "\n" || ch === "\r" ? ch : " ";
  }
  masked = maskQuotations(masked);
  if (!/\S/.test(masked)) return undefined;
  return { type, start, end, text: masked };
}

/** Blanks text inside double quotation marks: quoted words are someone else's. */
export function maskQuotations(text: string): string {
  return text.replace(/"[^"\n]{1,400}"|\u201c[^\u201d]{1,400}\u201d/g, (q) => " ".repeat(q.length));
}

const DIRECTIVE = /^<!--\s*followup-(disable-next-line|disable|enable)\b([^]*?)-->$/;

/** Reads `<!-- followup-disable … -->` comments (markdownlint's style of inline control). */
export function readDirectives(text: string, comments: Body["comments"]): DisableComment[] {
  const out: DisableComment[] = [];
  for (const c of comments) {
    const m = DIRECTIVE.exec(c.value.trim());
    if (!m) continue;
    const codes = m[2].split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as DisableComment["kind"], codes, line: lineOf(text, c.end) });
  }
  return out;
}

export function lineOf(text: string, offset: number): number {
  let line = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
