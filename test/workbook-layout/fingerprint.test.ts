import { describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { sha256Hex as pureSha256Hex } from "../../src/platform/sha256";
import { sha256Hex as nodeSha256Hex } from "../../src/platform/sha256-node";
import { canonicalJson, fingerprintOf } from "../../src/workbook/fingerprint";
import { DEFAULT_SETTINGS, type BallotInput, type VoteInput } from "../../src/rules/types";

const IMPLEMENTATIONS = [
  ["the browser's pure one", pureSha256Hex],
  ["Node's (node:crypto)", nodeSha256Hex],
] as const;

describe.each(IMPLEMENTATIONS)("sha256Hex, %s", (_name, sha256Hex) => {
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
});

describe("the two SHA-256s", () => {
  it("give the same digest for any text, astral characters and lone surrogates included", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (text) => {
        expect(pureSha256Hex(text)).toBe(nodeSha256Hex(text));
      })
    );
  });

  it("under Node, the platform module is node:crypto's; the fingerprint hashes with it", async () => {
    const platform = await import("#platform/sha256");
    expect(platform.sha256Hex).toBe(nodeSha256Hex);
    const input = vote();
    const deciding = { ...input, settings: DEFAULT_SETTINGS };
    expect(fingerprintOf(input)).toBe(
      createHash("sha256").update(canonicalJson(deciding)).digest("hex").slice(0, 16)
    );
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

describe("canonicalJson", () => {
  it("sorts keys at every depth and leaves out refs", () => {
    expect(
      canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2, ref: {} }], c: undefined, ref: "x" } })
    ).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });
});
