// Labelled application threads (the development corpus's agenda.json format), written blind to
// the code by another writer, with the computation of each state in NOTES.txt beside them:
// every thread's state and due date through `followup agenda`, in UTC and in New York time.
import { strict as assert } from "node:assert";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

const ROOT = resolve(__dirname, "../../..");
const SETS = join(ROOT, "test/fixtures/agenda");
const key = (t: { company: string; role: string }) => `${t.company.trim().toLowerCase()} / ${t.role.trim().toLowerCase()}`;

for (const set of readdirSync(SETS)) {
  describe(`agenda threads, set ${set}`, () => {
    const dir = join(SETS, set);
    const expected = JSON.parse(readFileSync(join(dir, "agenda.json"), "utf8")) as { now: string; tz: string; threads: { company: string; role: string; state: string; due: string | null }[] };
    const run = spawnSync(process.execPath, [join(ROOT, "dist/cli.js"), "agenda", "--format", "json", "--now", expected.now, "."], { cwd: dir, encoding: "utf8", env: { ...process.env, TZ: expected.tz } });
    const got = new Map((JSON.parse(run.stdout).threads as { company: string; role: string; state: string; due: string | null }[]).map((t) => [key(t), t]));

    it(`lists exactly the ${expected.threads.length} threads`, () => assert.equal(got.size, expected.threads.length));
    for (const t of expected.threads) {
      it(`${t.company} / ${t.role}: ${t.state}, due ${t.due}`, () => {
        const g = got.get(key(t));
        assert.ok(g, "thread missing");
        assert.equal(g.state, t.state);
        assert.equal(g.due === null ? null : Date.parse(g.due), t.due === null ? null : Date.parse(t.due));
      });
    }
  });
}
