// A short fingerprint of the inputs that decide a result, printed on the result sheet so that a
// paper copy can be matched to the data it came from. Synchronous on every host: "#platform/sha256"
// is node:crypto under Node and a pure SHA-256 in the browser bundles (package.json "imports").

import { sha256Hex } from "#platform/sha256";
import { DEFAULT_SETTINGS, type VoteInput } from "../rules/types";

/** Hex digits kept: 64 bits are plenty to tell two versions of one meeting's data apart. */
const FINGERPRINT_LENGTH = 16;

/** The first 16 hex digits of SHA-256 over the canonical JSON of the inputs (see canonicalJson):
 * meeting figures, regulation, date, people, ballots or hand tally, settings; never cell refs. */
export function fingerprintOf(input: VoteInput): string {
  const deciding = { ...input, settings: input.settings ?? DEFAULT_SETTINGS };
  return sha256Hex(canonicalJson(deciding)).slice(0, FINGERPRINT_LENGTH);
}

/** JSON with object keys sorted and every `ref` (where a value came from) left out: moving the
 * same data to other cells gives the same text. Undefined fields are left out as JSON does. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(inner).sort()) {
      if (name !== "ref") sorted[name] = (inner as Record<string, unknown>)[name];
    }
    return sorted;
  });
}
