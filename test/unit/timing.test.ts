import { strict as assert } from "node:assert";
import { DEFAULT_SETTINGS } from "../../shared/settings";
import { parseDateValue } from "../../server/engine/dates";
import { isAfterDeadline, isBeforeEarliest, nudgeDate, rejectionReplyDue, statusCheckDate, thankYouDeadline } from "../../server/engine/timing";

const at = (tz: string) => ({ ...DEFAULT_SETTINGS, timeZone: tz });
const d = (s: string, tz = "UTC") => {
  const r = parseDateValue(s, tz);
  if (!r.ok) throw new Error(r.reason);
  return r.value;
};
const iso = (x: Date | undefined) => x?.toISOString();

describe("timing", () => {
  describe("thank-you deadline", () => {
    it("is 24 hours after a timed interview", () => {
      assert.equal(iso(thankYouDeadline(d("2026-11-24T10:00Z"), at("UTC"))), "2026-11-25T10:00:00.000Z");
    });
    it("is the end of the next calendar day for a date only, in every zone", () => {
      assert.equal(iso(thankYouDeadline(d("2026-11-23"), at("UTC"))), "2026-11-25T00:00:00.000Z");
      assert.equal(iso(thankYouDeadline(d("2026-11-23", "Pacific/Honolulu"), at("Pacific/Honolulu"))), "2026-11-25T10:00:00.000Z");
      assert.equal(iso(thankYouDeadline(d("2026-11-23", "Pacific/Kiritimati"), at("Pacific/Kiritimati"))), "2026-11-24T10:00:00.000Z");
    });
    it("counts a date-only sent as on time when its day is no later than the deadline's day", () => {
      const deadline = thankYouDeadline(d("2026-11-19"), at("UTC"));
      assert.equal(isAfterDeadline(d("2026-11-20"), deadline, "UTC"), false);
      assert.equal(isAfterDeadline(d("2026-11-21"), deadline, "UTC"), true);
      const timed = thankYouDeadline(d("2026-11-19T15:00Z"), at("UTC"));
      assert.equal(isAfterDeadline(d("2026-11-20"), timed, "UTC"), false);
      assert.equal(isAfterDeadline(d("2026-11-20T15:00:01Z"), timed, "UTC"), true);
    });
    it("spans a DST change in absolute hours", () => {
      // 2026-03-08 is the spring-forward day in New York: +24 h lands at 11:00 local.
      const deadline = thankYouDeadline(d("2026-03-07 10:00", "America/New_York"), at("America/New_York"));
      assert.equal(iso(deadline), "2026-03-08T15:00:00.000Z");
      // A date-only interview the day before: local midnight after the change is 04:00Z.
      assert.equal(iso(thankYouDeadline(d("2026-03-07", "America/New_York"), at("America/New_York"))), "2026-03-09T04:00:00.000Z");
    });
  });

  describe("status check", () => {
    it("is the start of the day after promised", () => {
      assert.equal(iso(statusCheckDate({ promised: d("2026-11-20") }, at("UTC"))), "2026-11-21T00:00:00.000Z");
      assert.equal(iso(statusCheckDate({ promised: d("2026-11-20T17:00Z") }, at("UTC"))), "2026-11-21T00:00:00.000Z");
      assert.equal(iso(statusCheckDate({ promised: d("2026-11-20", "Pacific/Kiritimati") }, at("Pacific/Kiritimati"))), "2026-11-20T10:00:00.000Z");
    });
    it("is a week after the interview without promised, on the same clock time across DST", () => {
      assert.equal(iso(statusCheckDate({ interviewed: d("2026-11-23") }, at("UTC"))), "2026-11-30T00:00:00.000Z");
      // 2026-11-01 is the fall-back day in New York: same 09:00 local, an hour later in UTC.
      const ny = at("America/New_York");
      assert.equal(iso(statusCheckDate({ interviewed: d("2026-10-28 09:00", "America/New_York") }, ny)), "2026-11-04T14:00:00.000Z");
      assert.equal(iso(statusCheckDate({ interviewed: d("2026-10-28", "America/New_York") }, ny)), "2026-11-04T05:00:00.000Z");
    });
    it("prefers promised over the interview", () => {
      assert.equal(iso(statusCheckDate({ promised: d("2026-11-16"), interviewed: d("2026-11-09") }, at("UTC"))), "2026-11-17T00:00:00.000Z");
      assert.equal(statusCheckDate({}, at("UTC")), undefined);
    });
    it("treats a date-only sent as its whole day", () => {
      const earliest = statusCheckDate({ interviewed: d("2026-11-10T13:00Z") }, at("UTC"))!;
      assert.equal(isBeforeEarliest(d("2026-11-17"), earliest, "UTC"), false);
      assert.equal(isBeforeEarliest(d("2026-11-16"), earliest, "UTC"), true);
      assert.equal(isBeforeEarliest(d("2026-11-17T12:59Z"), earliest, "UTC"), true);
    });
  });

  describe("nudge and rejection reply", () => {
    it("nudges 48 hours after a timed status check, or two local midnights after a date", () => {
      assert.equal(iso(nudgeDate(d("2026-11-17T08:30Z"), at("UTC"))), "2026-11-19T08:30:00.000Z");
      assert.equal(iso(nudgeDate(d("2026-11-20"), at("UTC"))), "2026-11-22T00:00:00.000Z");
      assert.equal(iso(nudgeDate(d("2026-11-20", "Pacific/Honolulu"), at("Pacific/Honolulu"))), "2026-11-22T10:00:00.000Z");
    });
    it("replies to a rejection within a day", () => {
      assert.equal(iso(rejectionReplyDue(d("2026-11-25T10:30Z"), at("UTC"))), "2026-11-26T10:30:00.000Z");
      assert.equal(iso(rejectionReplyDue(d("2026-11-23"), at("UTC"))), "2026-11-24T00:00:00.000Z");
    });
    it("follows the settings", () => {
      const s = { ...at("UTC"), thankYouHours: 48, statusCheckDays: 10, nudgeDays: 3 };
      assert.equal(iso(thankYouDeadline(d("2026-11-24T10:00Z"), s)), "2026-11-26T10:00:00.000Z");
      assert.equal(iso(thankYouDeadline(d("2026-11-24"), s)), "2026-11-27T00:00:00.000Z");
      assert.equal(iso(statusCheckDate({ interviewed: d("2026-11-01") }, s)), "2026-11-11T00:00:00.000Z");
      assert.equal(iso(nudgeDate(d("2026-11-01T10:00Z"), s)), "2026-11-04T10:00:00.000Z");
    });
  });
});
