import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { CLEAN_THANK_YOU } from "./sampleLetters";

const ROOT = resolve(__dirname, "../../..");
const CLI = join(ROOT, "dist/cli.js");

function run(args: string[], cwd: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: "utf8", env: { ...process.env, TZ: "UTC", ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const CLEAN = CLEAN_THANK_YOU;
const NEEDY = CLEAN.replace("Dear Maya,", "Dear Maya 👋,").replace("I look forward", "I really need this job. I look forward");
const DRAFT = `---
kind: thank-you
company: Birch
role: Analyst
interviewed: 2026-11-25
---
Hello.
`;

describe("command line", function () {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "followup-cli-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, ".."), { recursive: true });
    writeFileSync(join(dir, path), text);
  };

  it("prints the spec's JSON for check, paths relative with / and UTF-16 ranges", () => {
    write("letters/acme.md", NEEDY);
    write("letters/notes.md", "# Notes\n\nTODO: I really need this job.\n");
    const r = run(["check", "--format", "json", "--now", "2026-11-26T12:00:00Z", "letters"], dir);
    assert.equal(r.code, 1, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.deepEqual(Object.keys(json), ["files"]);
    assert.deepEqual(json.files.map((f: { path: string }) => f.path), ["letters/acme.md", "letters/notes.md"]);
    const [acme, notes] = json.files;
    assert.deepEqual(Object.keys(acme), ["path", "letter", "diagnostics"]);
    assert.deepEqual(notes, { path: "letters/notes.md", letter: false, diagnostics: [] });
    assert.equal(acme.letter, true);
    const d = acme.diagnostics[0];
    assert.deepEqual(Object.keys(d), ["code", "severity", "message", "range"]);
    assert.equal(d.code, "needy-phrasing");
    assert.equal(d.severity, "warning");
    const line = NEEDY.split("\n")[d.range.start.line];
    assert.equal(line.slice(d.range.start.character, d.range.end.character), "I really need this job");
    assert.deepEqual(Object.keys(d.range.start), ["line", "character"]);
  });

  it("exits 0 when no letter has an error or a warning", () => {
    write("acme.md", CLEAN);
    const r = run(["check", "--now", "2026-11-26T12:00:00Z", "."], dir);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /1 letter checked: 0 errors, 0 warnings/);
  });

  it("prints compiler-style lines: path:line:col severity message [code]", () => {
    write("acme.md", NEEDY);
    const r = run(["check", "--now", "2026-11-26T12:00:00Z", "acme.md"], dir);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^acme\.md:15:1 warning "I really need this job": .+ \[needy-phrasing\]$/m);
  });

  it("exits 2 for bad usage with a message on stderr", () => {
    for (const args of [[], ["lint", "."], ["check"], ["check", "--format", "xml", "."], ["check", "--now", "someday", "."], ["check", "--bogus", "."]]) {
      const r = run(args, dir);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /followup: .+\nusage: followup check\|agenda/, args.join(" "));
      assert.equal(r.stdout, "");
    }
  });

  it("reports a missing path, goes on with the rest, and exits 2", () => {
    write("acme.md", CLEAN);
    const r = run(["check", "--format", "json", "--now", "2026-11-26T12:00:00Z", "missing", "acme.md"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /no such file or folder: missing/);
    assert.equal(JSON.parse(r.stdout).files.length, 1);
  });

  it("reports an unreadable file and goes on", () => {
    write("a.md", CLEAN);
    // Even root cannot read /proc/self/mem from the start: a real unreadable file, whoever runs the test.
    symlinkSync("/proc/self/mem", join(dir, "b.md"));
    const r = run(["check", "--format", "json", "--now", "2026-11-26T12:00:00Z", "a.md", "b.md"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /cannot read b\.md: EIO/);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ["a.md"]);
  });

  it("skips node_modules and dot-folders", () => {
    write("a.md", CLEAN);
    write("node_modules/x/readme.md", NEEDY);
    write(".git/notes.md", NEEDY);
    write("sub/b.md", CLEAN);
    const r = run(["check", "--format", "json", "--now", "2026-11-26T12:00:00Z", "."], dir);
    assert.deepEqual(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path), ["a.md", "sub/b.md"]);
  });

  it("prints the agenda as JSON sorted by due date, with relative letter paths", () => {
    write("a.md", CLEAN.replace("sent: 2026-11-25T20:00:00Z", "sent: 2026-11-25T20:00:00Z\npromised: 2026-12-01"));
    write("b.md", DRAFT);
    const r = run(["agenda", "--format", "json", "--now", "2026-11-26T12:00:00Z", "."], dir);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(JSON.parse(r.stdout), {
      threads: [
        { company: "Birch", role: "Analyst", state: "thank-you-due", due: "2026-11-27T00:00:00.000Z", letters: ["b.md"] },
        { company: "Acme Robotics", role: "Product Designer", state: "waiting", due: "2026-12-02T00:00:00.000Z", letters: ["a.md"] },
      ],
    });
  });

  it("prints the agenda as a table", () => {
    write("b.md", DRAFT);
    const r = run(["agenda", "--now", "2026-11-26T12:00:00Z", "."], dir);
    assert.match(r.stdout, /^STATE\s+DUE\s+APPLICATION\s+LETTERS$/m);
    assert.match(r.stdout, /^thank-you-due\s+end of Thu 26 Nov 2026 \(in 12 hours\)\s+Birch — Analyst\s+1$/m);
  });

  it("reads local time from TZ: a date-only deadline is local midnight", () => {
    write("b.md", DRAFT);
    const r = run(["agenda", "--format", "json", "--now", "2026-11-26T12:00:00Z", "."], dir, { TZ: "Pacific/Honolulu" });
    assert.equal(JSON.parse(r.stdout).threads[0].due, "2026-11-27T10:00:00.000Z");
  });

  it("reads settings from followup.config.json", () => {
    write("acme.md", NEEDY);
    write("followup.config.json", JSON.stringify({ rules: { "needy-phrasing": "off" } }));
    assert.equal(run(["check", "--now", "2026-11-26T12:00:00Z", "acme.md"], dir).code, 0);
    write("followup.config.json", "{ not json");
    const r = run(["check", "acme.md"], dir);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /followup\.config\.json is not valid JSON/);
  });

  it("checks a large folder on worker threads with the same result as on one thread", () => {
    for (let i = 0; i < 450; i++) {
      const company = `Acme ${i % 150}`;
      write(`big/${i}.md`, (i % 3 === 0 ? NEEDY : i % 3 === 1 ? DRAFT : CLEAN).replace(/^company: .*$/m, `company: ${company}`));
    }
    const args = ["check", "--format", "json", "--now", "2026-11-26T12:00:00Z", "big"];
    const parallel = run(args, dir, { FOLLOWUP_WORKERS: "2" });
    const single = run(args, dir, { FOLLOWUP_WORKERS: "1" });
    assert.equal(parallel.code, 1, parallel.stderr);
    assert.equal(JSON.parse(parallel.stdout).files.length, 450);
    assert.equal(parallel.stdout, single.stdout);
    assert.equal(parallel.stderr, single.stderr);
  });

  it("runs as the README says, through npm", () => {
    const r = spawnSync("npm", ["run", "--silent", "followup", "--", "check", "--format", "json", "--now", "2026-11-26T12:00", "examples"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(r.status, 1, r.stderr);
    const files = JSON.parse(r.stdout).files;
    assert.ok(files.length >= 5);
    assert.ok(files.every((f: { path: string }) => f.path.startsWith("examples/")));
  });
});
