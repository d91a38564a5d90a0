// The rules' benchmark: one tally of 1,000 ballots × 100 people, the size of a large provincial
// meeting, timed after warm-up. Prints one line, e.g. "rules 1000x100: 7.4 ms median".
// Run alone with `npx tsx bench/rules.ts`.

import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import {
  tally,
  type BallotInput,
  type EntryMark,
  type PersonInput,
  type VoteInput,
} from "../src/rules";

const BALLOTS = 1000;
const PEOPLE = 100;
const WARM_UP_RUNS = 5;
const TIMED_RUNS = 30;

/** The same vote every time: marks follow a fixed linear congruential sequence. */
function buildVote(): VoteInput {
  let seed = 20230329;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const marks: readonly EntryMark[] = [
    "high",
    "high",
    "high",
    "medium",
    "medium",
    "low",
    "invalid",
    "blank",
  ];
  const people: PersonInput[] = Array.from({ length: PEOPLE }, (_, index) => ({
    id: `CB${String(index + 1).padStart(3, "0")}`,
    name: `Người số ${index + 1}`,
    position: "Phó Giám đốc",
    ref: { sheet: "Danh sách", cell: `C${index + 2}` },
  }));
  const ballots: BallotInput[] = Array.from({ length: BALLOTS }, (_, row) => ({
    number: { value: String(row + 1), ref: { sheet: "Phiếu", cell: `A${row + 2}` } },
    invalid: next() < 0.01,
    entries: people.map((person, column) => ({
      personId: person.id,
      mark: marks[Math.floor(next() * marks.length)] ?? "blank",
      ref: { sheet: "Phiếu", cell: `R${row + 2}C${column + 3}` },
    })),
    ref: { sheet: "Phiếu", cell: `A${row + 2}` },
  }));
  const figure = (value: number, cell: string) => ({ value, ref: { sheet: "Hội nghị", cell } });
  return {
    meeting: {
      regulation: "qd96",
      date: { value: { year: 2023, month: 6, day: 15 }, ref: { sheet: "Hội nghị", cell: "B3" } },
      summoned: figure(BALLOTS + 20, "B6"),
      present: figure(BALLOTS, "B7"),
      issued: figure(BALLOTS, "B8"),
      collected: figure(BALLOTS, "B9"),
    },
    people,
    ballots,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

export async function benchRules(): Promise<void> {
  const input = buildVote();
  // A vote that went wrong would be timed on a short path: refuse to report it.
  if (tally(input).blocked) throw new Error("the benchmark's vote is blocked: fix buildVote");
  for (let run = 0; run < WARM_UP_RUNS; run += 1) tally(input);
  const times: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run += 1) {
    const start = performance.now();
    tally(input);
    times.push(performance.now() - start);
  }
  console.log(`rules ${BALLOTS}x${PEOPLE}: ${median(times).toFixed(1)} ms median`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await benchRules();
}
