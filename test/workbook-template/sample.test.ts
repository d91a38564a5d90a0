import { describe, expect, it } from "vitest";
import type { Level, RegulationId } from "../../src/rules/types";
import type { WritePlan } from "../../src/workbook/plan";
import {
  SAMPLE_DEFAULTS,
  SAMPLE_LIMITS,
  excelSerial,
  samplePlan,
  sampleRoleAt,
  sampleWorkbook,
  type SampleRole,
} from "../../src/workbook/sample";
import { TEMPLATE_MAX_PEOPLE } from "../../src/workbook/template";
import {
  BALLOT_HEADERS,
  ENTRY_CODES,
  HAND_TALLY_HEADERS,
  MEETING_LABELS,
  REGULATION_TEXTS,
  ROSTER_HEADERS,
  SHEETS,
} from "../../src/workbook/vocabulary";
import { expectTextAndFonts, gridOf, tableOf } from "./plan-checks";

// The sample read back through planToGrids and decoded here with the vocabulary's codes alone,
// independently of parse and the rules: what the plan says, not what the sample meant to say.

type Decoded = Level | "invalid" | "blank";

function decoderOf(regulation: RegulationId): (value: unknown) => Decoded {
  const scheme = ENTRY_CODES[regulation === "nq96-btn" ? "twoLevel" : "threeLevel"];
  return (value) => {
    if (value === null) return "blank";
    const found = scheme.find((entry) =>
      entry.codes.some((code) => code.toLowerCase() === String(value).toLowerCase())
    );
    if (!found) throw new Error(`not a code: ${String(value)}`);
    return found.mark as Decoded;
  };
}

function meetingOf(plan: WritePlan): Record<keyof typeof MEETING_LABELS, unknown> {
  const grid = gridOf(plan, SHEETS.meeting.vi);
  const entries = Object.entries(MEETING_LABELS).map(([key, label]) => [
    key,
    grid.values.find((row) => row[0] === label.vi)?.[1] ?? null,
  ]);
  return Object.fromEntries(entries) as Record<keyof typeof MEETING_LABELS, unknown>;
}

interface Person {
  readonly order: number;
  readonly name: string;
  readonly excluded: boolean;
  /** Per decoded mark, over all ballots (invalid ballots count as invalid for everybody). */
  readonly counts: Record<Decoded, number>;
}

function read(plan: WritePlan, regulation: RegulationId) {
  const meeting = meetingOf(plan);
  const roster = tableOf(plan, SHEETS.roster.vi, ROSTER_HEADERS.order.vi);
  const ballots = tableOf(plan, SHEETS.ballots.vi, BALLOT_HEADERS.number.vi);
  const tally = tableOf(plan, SHEETS.handTally.vi, ROSTER_HEADERS.order.vi);
  const decode = decoderOf(regulation);
  const voteYear = yearOf(meeting.date as number);
  const people: Person[] = roster.rows.map((row, index) => {
    const appointed = row[4] === null ? null : yearOf(row[4] as number);
    const marks: Decoded[] = [
      "high",
      "medium",
      "low",
      "confidence",
      "noConfidence",
      "invalid",
      "blank",
    ];
    const counts = Object.fromEntries(marks.map((mark) => [mark, 0])) as Record<Decoded, number>;
    for (const ballot of ballots.rows) {
      const mark = ballot[1] === "x" ? "invalid" : decode(ballot[2 + index] ?? null);
      counts[mark] += 1;
    }
    return {
      order: row[0] as number,
      name: row[1] as string,
      excluded: row[5] !== null || appointed === voteYear,
      counts,
    };
  });
  return { meeting, roster, ballots, tally, people };
}

function yearOf(serial: number): number {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).getUTCFullYear();
}

/** rules.md section 5, on whole numbers; the no-confidence vote has no two-thirds band. */
function bandOf(low: number, collected: number, regulation: RegulationId): string {
  if (2 * low <= collected) return "none";
  return regulation !== "nq96-btn" && 3 * low >= 2 * collected ? "two-thirds" : "over-half";
}

describe("samplePlan", () => {
  it("is deterministic: the same options give byte-identical JSON, another seed another sample", () => {
    const first = JSON.stringify(samplePlan({}));
    expect(JSON.stringify(samplePlan({}))).toBe(first);
    expect(JSON.stringify(samplePlan({ ...SAMPLE_DEFAULTS }))).toBe(first);
    expect(JSON.stringify(samplePlan({ seed: 2 }))).not.toBe(first);
  });

  it("keeps every string as text and names every font", () => {
    for (const regulation of ["qd96", "nq96", "nq96-btn"] as const)
      expectTextAndFonts(samplePlan({ regulation }));
  });

  it("fills the meeting with consistent figures: quorum met, collected ≤ issued ≤ present ≤ summoned", () => {
    const { meeting, ballots } = read(samplePlan({}), "qd96");
    const { summoned, present, issued, collected } = meeting as Record<string, number>;
    expect(collected).toBe(SAMPLE_DEFAULTS.ballots);
    expect(ballots.rows).toHaveLength(collected!);
    expect(collected).toBeLessThanOrEqual(issued!);
    expect(issued).toBeLessThanOrEqual(present!);
    expect(present).toBeLessThan(summoned!);
    expect(3 * present!).toBeGreaterThanOrEqual(2 * summoned!);
    expect(yearOf(meeting.date as number)).toBe(2023);
    expect(meeting.regulation).toBe(REGULATION_TEXTS.qd96);
    expect(meeting.name).toMatch(/^Hội nghị Ban Chấp hành Đảng bộ huyện /);
    expect(String(meeting.countingMembers).split(";")).toHaveLength(2);
  });

  it("gives realistic, distinct Vietnamese names and posts", () => {
    const { roster } = read(samplePlan({}), "qd96");
    const names = roster.rows.map((row) => row[1] as string);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name.split(" ").length).toBeGreaterThanOrEqual(3);
    expect(names.filter((name) => /[^\x20-\x7e]/.test(name)).length).toBeGreaterThan(
      names.length / 2
    );
    expect(roster.rows[0]![2]).toBe("Bí thư Huyện ủy");
    expect(
      roster.rows.every((row) => typeof row[2] === "string" && typeof row[3] === "string")
    ).toBe(true);
  });

  it.each(["qd96", "nq96", "nq96-btn"] as const)(
    "agrees with its hand tally, counts add up to the ballots collected (%s)",
    (regulation) => {
      const { people, tally, meeting } = read(samplePlan({ regulation }), regulation);
      const levels: Level[] =
        regulation === "nq96-btn" ? ["confidence", "noConfidence"] : ["high", "medium", "low"];
      const voted = people.filter((person) => !person.excluded);
      expect(tally.rows.map((row) => row[0])).toEqual(voted.map((person) => person.order));
      tally.rows.forEach((row, index) => {
        const person = voted[index]!;
        expect(row[1]).toBe(person.name);
        expect(row.slice(2)).toEqual([
          ...levels.map((level) => person.counts[level]),
          person.counts.invalid + person.counts.blank,
        ]);
        const sum = (row.slice(2) as number[]).reduce((total, count) => total + count, 0);
        expect(sum).toBe(meeting.collected);
      });
      expect(tally.headers.slice(2)).toEqual([
        ...levels.map((level) => HAND_TALLY_HEADERS[level].vi),
        HAND_TALLY_HEADERS.invalid.vi,
      ]);
    }
  );

  it.each([
    ["qd96", 42, ["none", "over-half", "two-thirds"]],
    ["nq96", 42, ["none", "over-half", "two-thirds"]],
    ["nq96-btn", 42, ["none", "over-half"]],
    ["qd96", 12, ["none", "over-half", "two-thirds"]],
    ["qd96", 1000, ["none", "over-half", "two-thirds"]],
  ] as const)("puts someone in every band (%s, %i ballots)", (regulation, ballots, bands) => {
    const { people } = read(samplePlan({ regulation, ballots }), regulation);
    const lowest: Level = regulation === "nq96-btn" ? "noConfidence" : "low";
    const found = new Set(
      people
        .filter((person) => !person.excluded)
        .map((person) => bandOf(person.counts[lowest], ballots, regulation))
    );
    expect([...found].sort()).toEqual([...bands].sort());
  });

  it("puts the boundaries on the sample: exactly half is none, exactly two thirds is two-thirds", () => {
    const { people } = read(samplePlan({}), "qd96");
    const lows = people.filter((person) => !person.excluded).map((person) => person.counts.low);
    expect(lows).toContain(SAMPLE_DEFAULTS.ballots / 2);
    expect(lows).toContain((2 * SAMPLE_DEFAULTS.ballots) / 3);
  });

  it("excludes three people: retirement, appointed this year (date only), another written reason", () => {
    const { roster, people, ballots } = read(samplePlan({}), "qd96");
    const excluded = people.filter((person) => person.excluded);
    expect(excluded).toHaveLength(3);
    const rows = excluded.map((person) => roster.rows[person.order - 1]!);
    expect(rows[0]![5]).toMatch(/nghỉ hưu/);
    expect(rows[1]![5]).toBeNull();
    expect(yearOf(rows[1]![4] as number)).toBe(2023);
    expect(rows[2]![5]).toMatch(/^Nghỉ ốm/);
    // Nobody marks an excluded person; others were appointed in earlier years or left blank.
    for (const person of excluded)
      expect(person.counts.blank + person.counts.invalid).toBe(ballots.rows.length);
    const appointedYears = people
      .filter((person) => !person.excluded)
      .map((person) => roster.rows[person.order - 1]![4])
      .filter((serial) => serial !== null)
      .map((serial) => yearOf(serial as number));
    expect(appointedYears.every((year) => year >= 2020 && year < 2023)).toBe(true);
  });

  it("has invalid ballots, invalid and blank entries, and both digit and letter codes", () => {
    const { ballots } = read(samplePlan({}), "qd96");
    const invalid = ballots.rows.filter((row) => row[1] === "x");
    expect(invalid.length).toBeGreaterThanOrEqual(1);
    expect(invalid.every((row) => row.slice(2).every((value) => value === null))).toBe(true);
    const codes = new Set(
      ballots.rows.filter((row) => row[1] !== "x").flatMap((row) => row.slice(2))
    );
    for (const code of ["1", "2", "3", "C", "T", "TH", null]) expect(codes.has(code)).toBe(true);
    expect(codes.has("0") || codes.has("X")).toBe(true);
    expect(ballots.rows.map((row) => row[0])).toEqual(ballots.rows.map((_row, index) => index + 1));
  });

  it("spreads the six special roles once each down any roster size", () => {
    const special: SampleRole[] = [
      "retirement",
      "half",
      "appointed",
      "over-half",
      "other-reason",
      "two-thirds",
    ];
    for (let people = SAMPLE_LIMITS.people.min; people <= SAMPLE_LIMITS.people.max; people++) {
      const roles = Array.from({ length: people }, (_, index) => sampleRoleAt(index, people));
      expect([...roles.filter((role) => role !== "ordinary")].sort()).toEqual([...special].sort());
      expect(roles[0]).toBe("ordinary");
    }
  });

  it("scales to 1,000 ballots × 100 people", () => {
    const started = performance.now();
    const plan = samplePlan({ ballots: 1000, people: 100 });
    const built = performance.now() - started;
    const { people, tally, ballots } = read(plan, "qd96");
    console.log(
      `samplePlan 1000 × 100: ${built.toFixed(0)} ms, ${JSON.stringify(plan).length} bytes`
    );
    expect(ballots.rows).toHaveLength(1000);
    expect(people).toHaveLength(100);
    expect(tally.rows).toHaveLength(97);
    expect(new Set(people.map((person) => person.name)).size).toBe(100);
  });

  it("reaches the template's 200 people, each with a post of their own and a name of their own", () => {
    const { roster } = sampleWorkbook({ ballots: 12, people: TEMPLATE_MAX_PEOPLE });
    expect(roster).toHaveLength(TEMPLATE_MAX_PEOPLE);
    expect(new Set(roster.map((person) => person.position)).size).toBe(TEMPLATE_MAX_PEOPLE);
    expect(new Set(roster.map((person) => person.name)).size).toBe(TEMPLATE_MAX_PEOPLE);
  });

  it("writes dates as Excel serials", () => {
    expect(excelSerial({ year: 2023, month: 11, day: 15 })).toBe(45245);
    expect(excelSerial({ year: 1900, month: 3, day: 1 })).toBe(61);
  });

  it.each([
    { ballots: SAMPLE_LIMITS.ballots.min - 1 },
    { ballots: 42.5 },
    { people: SAMPLE_LIMITS.people.min - 1 },
    { people: SAMPLE_LIMITS.people.max + 1 },
    { seed: -1 },
  ])("refuses %o with a RangeError", (options) => {
    expect(() => samplePlan(options)).toThrow(RangeError);
  });
});
