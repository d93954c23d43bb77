// Sentences inside a prose block. A full stop after a title or an initial ("Dr.", "J.")
// does not end a sentence; a short line ending in a comma ("Dear Sam,") does.
import type { ProseBlock, Sentence } from "./types";

const ABBREVIATIONS = new Set(
  "dr mr mrs ms mx prof sr sra srta jr st mt inc ltd co corp vs etc eg ie no approx dept univ ave rd a.m p.m e.g i.e u.s mme mlle".split(" "),
);

export function splitSentences(block: ProseBlock, blockIndex: number): Sentence[] {
  const out: Sentence[] = [];
  const text = block.text;
  let from = 0;
  const push = (to: number) => {
    const raw = text.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const trail = raw.length - raw.trimEnd().length;
    if (raw.trim()) {
      out.push({ start: block.start + from + lead, end: block.start + to - trail, text: raw.slice(lead, raw.length - trail), block: blockIndex });
    }
    from = to;
  };
  // A run of stops is taken whole, from its first character (a lookahead and a backreference
  // make it atomic): matching from inside "……" or "!!!!" again and again was quadratic.
  const boundary = /(?<![.!?…])(?=([.!?…]+))\1(?=(["'\u2019\u201d)\]]*))\2(?=\s|$)|([,:;])[ \t]*(?=\r?\n)/g;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[1]) {
      const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(from, m.index - 12), m.index))?.[1] ?? "";
      const bare = word.toLowerCase().replace(/\.$/, "");
      if (m[1] === "." && (ABBREVIATIONS.has(bare) || /^\p{Lu}$/u.test(word))) continue;
      push(end);
    } else {
      const line = text.slice(text.lastIndexOf("\n", m.index) + 1, m.index);
      if (line.trim().split(/\s+/).length <= 8) push(end);
    }
  }
  push(text.length);
  return out;
}
