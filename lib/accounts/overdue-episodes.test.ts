import { describe, expect, it } from "vitest";
import { overdueEpisodes, type EpisodeStatement, type OwedItem } from "./overdue-episodes";

/** Monthly statements cut on the last day of Jan..n 2026, with the given DPDs. */
const months = ["2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31", "2026-06-30"];
const statementsWith = (...dpds: number[]): EpisodeStatement[] => dpds.map((dpd, i) => ({ cycleDate: months[i], dpd }));
const bill = (dueDate: string, paidDate: string | null, amount = "100.00"): OwedItem => ({ dueDate, paidDate, amount });

describe("overdueEpisodes", () => {
  it("finds none for an account never past due at a cycle date", () => {
    expect(overdueEpisodes(statementsWith(0, 0, 0), [], { currentDpd: 0, dpdAsOf: "2026-04-10" })).toEqual([]);
  });

  it("describes a cured episode: start, worst DPD and bucket, amount at the worst point, cure date", () => {
    // Bills due on the 20th of the following month; January's and February's paid late, together, on May 25.
    const owed = [
      bill("2026-02-20", "2026-05-25"),
      bill("2026-03-20", "2026-05-25", "150.00"),
      bill("2026-04-20", "2026-05-25"),
      bill("2026-05-20", "2026-05-19"),
    ];
    const episodes = overdueEpisodes(statementsWith(0, 8, 39, 69, 0), owed, { currentDpd: 0, dpdAsOf: "2026-05-31" });
    expect(episodes).toEqual([
      {
        start: "2026-02-20",
        worstDpd: 69,
        worstBucket: "M3",
        worstOn: "2026-04-30",
        amount: "350.00",
        curedOn: "2026-05-25",
        statementCount: 3,
      },
    ]);
  });

  it("takes the next cycle date as the cure date when no paid date says better", () => {
    const episodes = overdueEpisodes(statementsWith(10, 0), [bill("2026-01-21", null)], { currentDpd: 0, dpdAsOf: null });
    expect(episodes[0].curedOn).toBe("2026-02-28");
  });

  it("keeps an episode open while the account is still past due, with its DPD now as the worst", () => {
    const owed = [bill("2026-02-20", null), bill("2026-03-20", null)];
    const [episode] = overdueEpisodes(statementsWith(0, 8, 39), owed, { currentDpd: 49, dpdAsOf: "2026-04-10" });
    expect(episode).toMatchObject({ start: "2026-02-20", worstDpd: 49, worstBucket: "M2", worstOn: "2026-04-10", curedOn: null, statementCount: 2 });
    expect(episode.amount).toBe("200.00");
  });

  it("closes an episode cured after the last statement, and opens one that began after it", () => {
    const cured = overdueEpisodes(statementsWith(0, 8), [bill("2026-02-20", "2026-03-05")], { currentDpd: 0, dpdAsOf: "2026-03-10" });
    expect(cured[0].curedOn).toBe("2026-03-05");
    const fresh = overdueEpisodes(statementsWith(0, 0), [bill("2026-03-20", null)], { currentDpd: 5, dpdAsOf: "2026-03-25" });
    expect(fresh).toEqual([
      { start: "2026-03-20", worstDpd: 5, worstBucket: "M1", worstOn: "2026-03-25", amount: "100.00", curedOn: null, statementCount: 0 },
    ]);
  });

  it("lists separate episodes newest first, whatever order the statements come in", () => {
    const episodes = overdueEpisodes(statementsWith(5, 0, 20, 50, 0, 0).reverse(), [], { currentDpd: 0, dpdAsOf: "2026-06-30" });
    expect(episodes.map((e) => [e.start, e.worstDpd, e.statementCount])).toEqual([
      ["2026-03-11", 50, 2],
      ["2026-01-26", 5, 1],
    ]);
  });
});
