import { join } from "node:path";
import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/rules/types";
import { PIECE_UNITS, TEXTS_KEPT, writeCanonicalJson } from "../../src/workbook/canonical-json";
import { fingerprintOf } from "../../src/workbook/fingerprint";
import { checkWorkbook } from "../../src/workbook/run";
import { readXlsxPackage } from "../../src/xlsx/files";
import { firstCanonicalJson } from "./first-canonical-json";

function pieces(value: unknown): string[] {
  const written: string[] = [];
  writeCanonicalJson(value, (piece) => written.push(piece));
  return written;
}

// Keys that sort apart from their enumeration order, `ref`, and what objects inherit.
const key = fc.oneof(
  fc.constantFrom("ref", "2", "10", "01", "-1", "4294967294", "4294967295", "b", "B", "_", "ä"),
  fc.constantFrom("__proto__", "toString", "constructor", "toJSON", "valueOf", ""),
  fc.string({ unit: "binary", maxLength: 6 })
);

/** The first definition sets a "__proto__" field as the prototype of its copy: a function there
 * (fast-check's own, with a read-only toString) makes it throw, a case no data ever has. */
function protoNotAFunction([name, value]: [string, unknown]): [string, unknown] {
  return [name, name === "__proto__" && typeof value === "function" ? null : value];
}

const { jsonLike } = fc.letrec<{ jsonLike: unknown }>((tie) => ({
  jsonLike: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.string({ unit: "binary", maxLength: 12 }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.date(),
    fc.date({ noInvalidDate: false }),
    fc.func(fc.integer()),
    // Objects built from their entries: "__proto__" is then an own key, as JSON.parse makes it.
    fc
      .array(fc.tuple(key, tie("jsonLike")), { maxLength: 6 })
      .map((entries) => Object.fromEntries(entries.map(protoNotAFunction))),
    fc.array(tie("jsonLike"), { maxLength: 6 }),
    fc.sparseArray(tie("jsonLike"), { maxLength: 4 })
  ),
}));

describe("writeCanonicalJson", () => {
  it("sorts keys at every depth and leaves out refs", () => {
    const value = { b: 1, a: { d: [{ z: 1, y: 2, ref: {} }], c: undefined, ref: "x" } };
    expect(pieces(value).join("")).toBe('{"a":{"d":[{"y":2,"z":1}]},"b":1}');
  });

  it("writes integer-like keys first, in numeric order, as an object enumerates them", () => {
    expect(pieces({ b: 1, "10": 2, "2": 3, ref: 4 }).join("")).toBe('{"2":3,"10":2,"b":1}');
  });

  it("writes the text of the first definition for any JSON-like value", () => {
    fc.assert(
      fc.property(jsonLike, (value) => {
        expect(pieces(value).join("")).toBe(firstCanonicalJson(value) ?? "");
      }),
      { numRuns: 2000 }
    );
  });

  it("writes the text of the first definition when siblings change their keys", () => {
    const shapes = fc.array(
      fc.array(fc.tuple(fc.constantFrom("a", "b", "ref", "1", "__proto__"), fc.nat(3)), {
        maxLength: 4,
      }),
      { maxLength: 8 }
    );
    fc.assert(
      fc.property(shapes, (rows) => {
        const value = rows.map((entries) => ({ row: Object.fromEntries(entries) }));
        expect(pieces(value).join("")).toBe(firstCanonicalJson(value));
      })
    );
  });

  it("writes a long text in pieces, none much longer than a piece", () => {
    const ballots = Array.from({ length: 2000 }, (_, n) => ({
      number: { value: String(n) },
      entries: Array.from({ length: 50 }, (_, i) => ({ personId: String(i), mark: "high" })),
    }));
    const written = pieces(ballots);
    expect(written.join("")).toBe(firstCanonicalJson(ballots));
    expect(written.length).toBeGreaterThan(10);
    expect(Math.max(...written.map((piece) => piece.length))).toBeLessThan(PIECE_UNITS + 100);
  });

  it("writes an object met again (shared by many ballots) as the first definition does", () => {
    const shared = [
      { personId: "p1", mark: "high" },
      { personId: "p2", mark: "low", ref: 3 },
    ];
    const mixed = fc.array(
      fc.oneof(
        fc.constantFrom(...shared),
        fc.record({ personId: fc.constantFrom("p1", "p2"), mark: fc.constantFrom("high", "low") }),
        fc.record({ personId: fc.constant("p1"), extra: fc.option(fc.integer()) })
      ),
      { maxLength: 40 }
    );
    fc.assert(
      fc.property(fc.array(mixed, { maxLength: 6 }), (ballots) => {
        const value = ballots.map((entries) => ({ entries, invalid: false }));
        expect(pieces(value).join("")).toBe(firstCanonicalJson(value));
      })
    );
  });

  it("writes the text of the first definition past the plain texts it keeps", () => {
    const rows = Array.from({ length: TEXTS_KEPT * 2 + 5 }, (_, n) => ({ n, half: n % 2, ref: n }));
    expect(pieces(rows).join("")).toBe(firstCanonicalJson(rows));
  });
});

describe("fingerprintOf the examples", () => {
  it.each(["hoi-nghi-mau.xlsx", "hdnd-huyen-van-phong.xlsx", "ubnd-huyen-van-phong.xlsx"])(
    "%s: the SHA-256 of the first definition's text",
    async (name) => {
      const { grids } = await readXlsxPackage(join(import.meta.dirname, "../../examples", name));
      const input = checkWorkbook(grids).input!;
      const deciding = { ...input, settings: input.settings ?? DEFAULT_SETTINGS };
      const first = createHash("sha256").update(firstCanonicalJson(deciding)).digest("hex");
      expect(fingerprintOf(input)).toBe(first.slice(0, 16));
    }
  );
});
