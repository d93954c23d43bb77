// Issue 5: everything a folder of Markdown can hold goes through the engine and the command
// line without a throw, a hang, a range outside the text, or a line of front matter run as
// code. One table; each row says what the writer must be told.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { analyzeText, applyEdits, type Analysis, type Diagnostic } from "../../server/engine";
import { resolveSettings, type FollowupSettings } from "../../shared/settings";
import { base, CASES, fill, GLOBAL, junk, LETTER_HEAD, MARK, TRACE_DIR } from "../fixtures/hostile/cases";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "dist/cli.js");
const NOW = new Date("2026-11-26T12:00:00Z");
/** CPU time, not wall time: the bound must hold on a busy CI machine. Real numbers are printed. */
const BOUND_MS = 1000;

const fromSettings = (over: Record<string, unknown> = {}): FollowupSettings => resolveSettings({ timeZone: "UTC", ...over });

function cpuMs<T>(f: () => T): [T, number] {
  const before = process.cpuUsage();
  const value = f();
  const used = process.cpuUsage(before);
  return [value, (used.user + used.system) / 1000];
}

const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;
const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
/** An offset that does not cut a surrogate pair in two. */
const onBoundary = (text: string, at: number) => !(isHigh(text.charCodeAt(at - 1)) && isLow(text.charCodeAt(at)));

function assertSane(text: string, d: Diagnostic, where: string) {
  assert.ok(Number.isInteger(d.start) && Number.isInteger(d.end), `${where}: ${d.code} has a non-integer range`);
  assert.ok(d.start >= 0 && d.start <= d.end && d.end <= text.length, `${where}: ${d.code} ${d.start}-${d.end} is outside 0-${text.length}`);
  assert.ok(onBoundary(text, d.start) && onBoundary(text, d.end), `${where}: ${d.code} ${d.start}-${d.end} cuts a surrogate pair`);
  assert.ok(d.message.trim().length > 0, `${where}: ${d.code} has no message`);
  assert.doesNotMatch(d.message, /check failed on this file/, `${where}: a rule threw: ${d.message}`);
  for (const fix of d.fixes ?? []) {
    for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${where}: fix "${fix.title}" edits ${e.start}-${e.end}`);
    assert.equal(typeof applyEdits(text, fix.edits), "string");
  }
}

function assertNoTrace() {
  assert.equal(existsSync(MARK), false, "a payload wrote a file");
  assert.equal((globalThis as Record<string, unknown>)[GLOBAL], undefined, "a payload set a global");
  assert.equal(({} as Record<string, unknown>).polluted, undefined, "Object.prototype was polluted");
  assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, "polluted"), false, "Object.prototype was polluted");
}

const timings: [string, number][] = [];

describe("hostile input: the engine", function () {
  this.timeout(30_000);
  after(() => {
    const slowest = [...timings].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`      ${timings.length} checks; slowest CPU times: ${slowest.map(([n, ms]) => `${n} ${ms.toFixed(0)} ms`).join(", ")}`);
  });

  before(() => {
    // Warm the parsers so the first row is not charged for loading them.
    for (let i = 0; i < 3; i++) analyzeText(base(), { settings: fromSettings(), now: NOW });
  });

  for (const c of CASES) {
    it(c.name, () => {
      let result: Analysis | undefined;
      let ms = 0;
      assert.doesNotThrow(() => {
        [result, ms] = cpuMs(() => analyzeText(c.text, { settings: fromSettings(c.settings), now: NOW }));
      });
      const r = result!;
      timings.push([c.name, ms]);
      assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms of CPU`);
      assert.equal(r.letter.isLetter, c.letter, "is it a letter?");
      for (const d of r.diagnostics) assertSane(c.text, d, c.name);
      if (!c.letter) assert.deepEqual(r.diagnostics, [], "a file that is not a letter gets no diagnostics");
      if (c.frontMatter) {
        const fm = r.diagnostics.filter((d) => d.code === "front-matter" && d.severity === "error");
        assert.ok(fm.some((d) => c.frontMatter!.test(d.message)), `no front-matter error matching ${c.frontMatter}; got ${JSON.stringify(fm.map((d) => d.message))}`);
      }
      if (c.skipped) {
        assert.equal(r.diagnostics.length, 1, JSON.stringify(r.diagnostics));
        assert.equal(r.diagnostics[0].severity, "information");
        assert.match(r.diagnostics[0].message, c.skipped);
      } else if (c.letter) {
        assert.ok(!r.diagnostics.some((d) => /^Not checked/.test(d.message)), "checked, not skipped");
      }
      assertNoTrace();
    });
  }

  it("reads a BOM, CRLF and mixed line endings like the plain letter", () => {
    const plain = analyzeText(base(), { settings: fromSettings(), now: NOW });
    const key = (a: Analysis) => a.diagnostics.map((d) => `${d.code}|${d.severity}|${d.message}|${a.letter.text.slice(d.start, d.end).replace(/\r\n?/g, "\n")}`);
    for (const variant of [`\uFEFF${base()}`, base().replace(/\n/g, "\r\n"), base().split("\n").map((l, i) => l + (i % 2 ? "\r\n" : "\n")).join("")]) {
      assert.deepEqual(key(analyzeText(variant, { settings: fromSettings(), now: NOW })), key(plain), JSON.stringify(variant.slice(0, 30)));
    }
    assert.ok(plain.diagnostics.length > 0, "the base letter has findings, so a difference would show");
  });

  it("finds a user phrase as written, even after a letter that lowercases longer", () => {
    const text = base().replace("Thank you for your time.", "İİİ İstanbul. My blue umbrella is ready. Thank you for your time.");
    const r = analyzeText(text, { settings: fromSettings({ needyPhrases: ["Blue Umbrella"] }), now: NOW });
    const found = r.diagnostics.filter((d) => d.code === "needy-phrasing").map((d) => text.slice(d.start, d.end));
    assert.deepEqual(found, ["blue umbrella"]);
  });

  it("treats regex syntax in user phrases as text, and finds it literally", () => {
    const text = base().replace("Thank you for your time.", "Thank you for your time. (a+)+$ is my motto.");
    const r = analyzeText(text, { settings: fromSettings({ needyPhrases: ["(a+)+$"] }), now: NOW });
    assert.deepEqual(r.diagnostics.filter((d) => d.code === "needy-phrasing").map((d) => text.slice(d.start, d.end)), ["(a+)+$"]);
  });

  it("ignores prototype keys in settings", () => {
    const s = resolveSettings(JSON.parse('{"__proto__": {"polluted": true}, "rules": {"__proto__": "off", "constructor": "off", "toString": "off"}, "maxWords": {"__proto__": {"nudge": 1}}}'));
    assertNoTrace();
    const r = analyzeText(base().replace("Thank you for your time.", "I really need this job."), { settings: s, now: NOW });
    assert.ok(r.diagnostics.some((d) => d.code === "needy-phrasing"), "rules still run");
    assert.equal(s.maxWords.nudge, 120);
  });

  after(() => rmSync(TRACE_DIR, { recursive: true, force: true }));
});

describe("hostile input: the command line", function () {
  this.timeout(120_000);
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), "followup-hostile-cli-"));
    mkdirSync(join(dir, "letters"));
    CASES.forEach((c, i) => writeFileSync(join(dir, "letters", `${String(i).padStart(3, "0")}.md`), c.text));
    // Bytes that are not UTF-8 at all.
    writeFileSync(join(dir, "letters", "raw-bytes.md"), Buffer.concat([Buffer.from(LETTER_HEAD), Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0x0a])]));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const run = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, TZ: "UTC" }, maxBuffer: 256 * 1024 * 1024, timeout: 100_000 });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  it("checks the whole table in one run: JSON, ranges inside each file, the engine's findings", () => {
    const r = run(["check", "--format", "json", "--now", NOW.toISOString(), "letters"]);
    assert.equal(r.stderr, "");
    assert.equal(r.code, 1, "errors and warnings were found");
    const files = (JSON.parse(r.stdout) as { files: { path: string; letter: boolean; diagnostics: { code: string; severity: string; message: string; range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] }[] }).files;
    assert.equal(files.length, CASES.length + 1);
    CASES.forEach((c, i) => {
      const f = files.find((x) => x.path === `letters/${String(i).padStart(3, "0")}.md`);
      assert.ok(f, c.name);
      assert.equal(f.letter, c.letter, c.name);
      // The command line drops a BOM, as editors do; line endings are the file's own.
      const text = c.text.charCodeAt(0) === 0xfeff ? c.text.slice(1) : c.text;
      const lines = text.split(/\r\n|\r|\n/);
      for (const d of f.diagnostics) {
        for (const p of [d.range.start, d.range.end]) {
          assert.ok(p.line >= 0 && p.line < lines.length, `${c.name}: line ${p.line} of ${lines.length}`);
          assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${c.name}: character ${p.character} of ${lines[p.line].length}`);
        }
      }
      const engine = analyzeText(text, { settings: fromSettings(), now: NOW }).diagnostics;
      if (!c.settings) {
        assert.deepEqual(f.diagnostics.map((d) => `${d.code}|${d.severity}|${d.message}`), engine.map((d) => `${d.code}|${d.severity}|${d.message}`), c.name);
      }
    });
    const raw = files.find((x) => x.path === "letters/raw-bytes.md");
    assert.ok(raw && raw.letter);
    assertNoTrace();
  });

  it("prints the agenda of the table, and text output, without failing", () => {
    const agenda = run(["agenda", "--format", "json", "--now", NOW.toISOString(), "letters"]);
    assert.equal(agenda.code, 0, agenda.stderr);
    assert.ok(Array.isArray(JSON.parse(agenda.stdout).threads));
    const text = run(["check", "--now", NOW.toISOString(), "letters"]);
    assert.equal(text.code, 1, text.stderr);
    assert.equal(text.stderr, "");
    assertNoTrace();
  });

  it("exits 0 for a folder of junk that holds no letter", () => {
    const junkDir = join(dir, "junk");
    mkdirSync(junkDir);
    writeFileSync(join(junkDir, "binary.md"), junk(5_000, 3));
    writeFileSync(join(junkDir, "empty.md"), "");
    writeFileSync(join(junkDir, "huge.md"), fill("x", 2_000_000));
    const r = run(["check", "--format", "json", "junk"]);
    assert.equal(r.code, 0, r.stderr);
    assert.ok(JSON.parse(r.stdout).files.every((f: { letter: boolean; diagnostics: unknown[] }) => !f.letter && f.diagnostics.length === 0));
  });

  it("never blocks on a FIFO or a device, and does not loop on symlinked folders", () => {
    const odd = join(dir, "odd");
    mkdirSync(join(odd, "sub"), { recursive: true });
    writeFileSync(join(odd, "sub", "a.md"), base());
    symlinkSync(odd, join(odd, "sub", "loop"));
    assert.equal(spawnSync("mkfifo", [join(odd, "pipe.md")]).status, 0, "mkfifo");
    // Inside a folder: not a regular file, so not read.
    const walked = run(["check", "--format", "json", "--now", NOW.toISOString(), "odd"]);
    assert.equal(walked.code, 1, walked.stderr);
    assert.deepEqual(JSON.parse(walked.stdout).files.map((f: { path: string }) => f.path), ["odd/sub/a.md"]);
    // Named on the command line: refused with a message, exit 2.
    for (const path of ["odd/pipe.md", "/dev/zero"]) {
      const named = run(["check", path]);
      assert.equal(named.code, 2, path);
      assert.match(named.stderr, /not a file or folder/);
    }
  });

  it("exits 2 with a message for a config file full of prototype keys that is not an object", () => {
    writeFileSync(join(dir, "bad.json"), '{"__proto__": ');
    const r = run(["check", "--config", "bad.json", "letters"]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /not valid JSON/);
  });

  it("reads prototype keys in a config file as nothing", () => {
    writeFileSync(join(dir, "proto.json"), '{"__proto__": {"maxFileSize": 1}, "constructor": {"prototype": {"maxFileSize": 1}}, "rules": {"__proto__": "off"}}');
    mkdirSync(join(dir, "one"));
    writeFileSync(join(dir, "one", "a.md"), base().replace("Thank you for your time.", "I really need this job."));
    const r = run(["check", "--format", "json", "--config", "proto.json", "one"]);
    assert.equal(r.code, 1, r.stderr);
    const codes = JSON.parse(r.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
    assert.ok(codes.includes("needy-phrasing"), JSON.stringify(codes));
  });
});

