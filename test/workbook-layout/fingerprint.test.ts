import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { createSha256 as createPureSha256 } from "../../src/platform/sha256";
import { createSha256 as createNodeSha256 } from "../../src/platform/sha256-node";
import { fingerprintOf } from "../../src/workbook/fingerprint";
import { DEFAULT_SETTINGS, type BallotInput, type VoteInput } from "../../src/rules/types";
import { firstCanonicalJson } from "./first-canonical-json";

const IMPLEMENTATIONS = [
  ["the browser's pure one", createPureSha256],
  ["Node's (node:crypto)", createNodeSha256],
] as const;

/** node:crypto's SHA-256 of the whole text at once: what the fingerprint hashed at first. */
const wholeSha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe.each(IMPLEMENTATIONS)("createSha256, %s", (_name, createSha256) => {
  const sha256Hex = (text: string) => createSha256().update(text).hex();

  it("matches the FIPS 180-4 test vectors", () => {
    expect(sha256Hex("abc")).toBe(
      "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    // 56 bytes: the padding spills into a second block.
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
    );
  });

  it("hashes the UTF-8 bytes of text longer than one block", () => {
    // Reference values from coreutils: printf '…' | sha256sum
    expect(sha256Hex("Nguyễn Thị Hằng")).toBe(
      "395d1192110d3b78d44cd642c381ebd8e344543662f1abbbf5ffbc3c71d1e5f2"
    );
    expect(sha256Hex("a".repeat(1000))).toBe(
      "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"
    );
  });

  it("gives the digest of the whole text when fed in pieces, a pair cut in two included", () => {
    const text = "Nguyễn Thị Hằng 😀 ".repeat(4000);
    const hasher = createSha256();
    for (let at = 0; at < text.length; at += 1001) hasher.update(text.slice(at, at + 1001));
    expect(hasher.hex()).toBe(wholeSha256(text));
    // 1 << 14 units at a time inside the pure one: a pair straddles that boundary here.
    const straddling = `${"a".repeat((1 << 14) - 1)}😀${"ă".repeat(1 << 14)}😀`;
    expect(sha256Hex(straddling)).toBe(wholeSha256(straddling));
  });
});

describe("the two SHA-256s", () => {
  it("give the digest of the whole text for any text cut anywhere, lone surrogates included", () => {
    const cutText = fc
      .tuple(fc.string({ unit: "binary", maxLength: 300 }), fc.array(fc.nat(), { maxLength: 8 }))
      .map(([text, cuts]) => {
        const ends = [...new Set(cuts.map((cut) => cut % (text.length + 1)))].sort((a, b) => a - b);
        return {
          text,
          pieces: [...ends, text.length].map((end, i) => text.slice(ends[i - 1] ?? 0, end)),
        };
      });
    fc.assert(
      fc.property(cutText, ({ text, pieces }) => {
        const pure = createPureSha256();
        const node = createNodeSha256();
        for (const piece of pieces) {
          pure.update(piece);
          node.update(piece);
        }
        const whole = wholeSha256(text);
        expect(pure.hex()).toBe(whole);
        expect(node.hex()).toBe(whole);
      })
    );
  });

  it("under Node, the platform module is node:crypto's; the fingerprint hashes with it", async () => {
    const platform = await import("#platform/sha256");
    expect(platform.createSha256).toBe(createNodeSha256);
    const input = vote();
    const deciding = { ...input, settings: DEFAULT_SETTINGS };
    expect(fingerprintOf(input)).toBe(wholeSha256(firstCanonicalJson(deciding)).slice(0, 16));
  });
});

const ref = (cell: string) => ({ sheet: "Phiếu", cell });

function ballot(n: number, marks: BallotInput["entries"][number]["mark"][], row = n + 1) {
  return {
    number: { value: String(n), ref: ref(`A${row}`) },
    invalid: false,
    entries: marks.map((mark, i) => ({ personId: String(i + 1), mark, ref: ref(`C${row}`) })),
    ref: ref(`A${row}`),
  };
}

function vote(rowOffset = 0): VoteInput {
  return {
    meeting: {
      regulation: "qd96",
      date: { value: { year: 2025, month: 3, day: 29 }, ref: { sheet: "Hội nghị", cell: "B3" } },
      summoned: { value: 3 },
      present: { value: 3 },
      issued: { value: 3 },
      collected: { value: 2 },
    },
    people: [
      { id: "1", name: "Nguyễn Thị Hằng", position: "Bí thư", ref: ref("A2") },
      { id: "2", name: "Trần Văn Bình", position: "Phó Bí thư" },
    ],
    ballots: [
      ballot(1, ["high", "low"], 2 + rowOffset),
      ballot(2, ["medium", "blank"], 3 + rowOffset),
    ],
  };
}

describe("fingerprintOf", () => {
  it("is 16 hex digits and the same for the same inputs", () => {
    expect(fingerprintOf(vote())).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprintOf(vote())).toBe(fingerprintOf(vote()));
  });

  it("changes when one entry of one ballot changes", () => {
    const changed = vote();
    const entries = changed.ballots![1]!.entries.map((entry) =>
      entry.personId === "2" ? { ...entry, mark: "low" as const } : entry
    );
    const ballots = [changed.ballots![0]!, { ...changed.ballots![1]!, entries }];
    expect(fingerprintOf({ ...changed, ballots })).not.toBe(fingerprintOf(vote()));
  });

  it("changes with a meeting figure, a name or the regulation", () => {
    const base = vote();
    const others: VoteInput[] = [
      { ...base, meeting: { ...base.meeting, collected: { value: 3 } } },
      { ...base, meeting: { ...base.meeting, regulation: "nq96" } },
      { ...base, people: [{ ...base.people[0]!, name: "Nguyễn Thị Hăng" }, base.people[1]!] },
    ];
    for (const other of others) expect(fingerprintOf(other)).not.toBe(fingerprintOf(base));
  });

  it("does not change when only the cells the data came from change", () => {
    expect(fingerprintOf(vote(10))).toBe(fingerprintOf(vote()));
  });

  it("treats absent settings as the default settings", () => {
    const explicit = { ...vote(), settings: { extraNames: "ignore-name" as const } };
    expect(fingerprintOf(explicit)).toBe(fingerprintOf(vote()));
    const voiding = { ...vote(), settings: { extraNames: "void-ballot" as const } };
    expect(fingerprintOf(voiding)).not.toBe(fingerprintOf(vote()));
  });
});
