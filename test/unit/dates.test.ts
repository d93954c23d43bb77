import { strict as assert } from "node:assert";
import { parseDateValue } from "../../server/engine/dates";

const parse = (raw: unknown, tz = "UTC") => {
  const r = parseDateValue(raw, tz);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};
const reason = (raw: unknown, tz = "UTC") => {
  const r = parseDateValue(raw, tz);
  assert.equal(r.ok, false, `${String(raw)} should not parse`);
  return (r as { reason: string }).reason;
};

describe("front-matter dates", () => {
  it("accepts every form of the spec", () => {
    assert.equal(parse("2026-11-24").instant.toISOString(), "2026-11-24T00:00:00.000Z");
    assert.equal(parse("2026-11-24 14:30").instant.toISOString(), "2026-11-24T14:30:00.000Z");
    assert.equal(parse("2026-11-24T14:30").instant.toISOString(), "2026-11-24T14:30:00.000Z");
    assert.equal(parse("2026-11-24T14:30:15").instant.toISOString(), "2026-11-24T14:30:15.000Z");
    assert.equal(parse("2026-11-24T14:30Z").instant.toISOString(), "2026-11-24T14:30:00.000Z");
    assert.equal(parse("2026-11-24 14:30:00+01:00").instant.toISOString(), "2026-11-24T13:30:00.000Z");
    assert.equal(parse("2026-11-24T14:30-05:00").instant.toISOString(), "2026-11-24T19:30:00.000Z");
  });

  it("keeps a date only as the calendar day it names, in UTC-10 and UTC+14", () => {
    for (const tz of ["Pacific/Honolulu", "Pacific/Kiritimati", "UTC", "Asia/Kolkata"]) {
      const v = parse("2026-11-24", tz);
      assert.deepEqual([v.dateOnly, v.year, v.month, v.day], [true, 2026, 11, 24], tz);
    }
    assert.equal(parse("2026-11-24", "Pacific/Honolulu").instant.toISOString(), "2026-11-24T10:00:00.000Z");
    assert.equal(parse("2026-11-24", "Pacific/Kiritimati").instant.toISOString(), "2026-11-23T10:00:00.000Z");
  });

  it("reads a time without an offset as local time in the configured zone", () => {
    assert.equal(parse("2026-11-24 09:00", "America/New_York").instant.toISOString(), "2026-11-24T14:00:00.000Z");
    assert.equal(parse("2026-07-24 09:00", "America/New_York").instant.toISOString(), "2026-07-24T13:00:00.000Z");
    // An offset in the value wins over the zone.
    assert.equal(parse("2026-11-24 09:00Z", "America/New_York").instant.toISOString(), "2026-11-24T09:00:00.000Z");
  });

  it("accepts YAML timestamps as well as strings", () => {
    assert.equal(parse(new Date("2026-11-24T14:30:00Z")).instant.toISOString(), "2026-11-24T14:30:00.000Z");
  });

  it("reports impossible and malformed dates instead of guessing", () => {
    assert.match(reason("2026-02-30"), /not a real calendar date/);
    assert.match(reason("2026-11-31"), /not a real calendar date/);
    assert.match(reason("2026-11-24 24:61"), /impossible time/);
    assert.match(reason("2026-11-24T14:30+25:00"), /not a valid UTC offset/);
    assert.match(reason("0000-01-01"), /not a plausible date/);
    assert.match(reason("99999-01-01"), /not a plausible date/);
    assert.match(reason("next Tuesday"), /not a date/);
    assert.match(reason(20261124), /number, not a date/);
    assert.match(reason(true), /boolean, not a date/);
    assert.match(reason(["2026-11-24"]), /not a date/);
  });

  it("knows leap days", () => {
    assert.equal(parse("2028-02-29").day, 29);
    assert.match(reason("2026-02-29"), /not a real calendar date/);
  });
});
