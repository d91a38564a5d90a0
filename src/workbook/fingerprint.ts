// A short fingerprint of the inputs that decide a result, printed on the result sheet so that a
// paper copy can be matched to the data it came from. Synchronous on every host: "#platform/sha256"
// is node:crypto under Node and a pure SHA-256 in the browser bundles (package.json "imports").

import { createSha256 } from "#platform/sha256";
import { DEFAULT_SETTINGS, type VoteInput } from "../rules/types";
import { writeCanonicalJson } from "./canonical-json";

/** Hex digits kept: 64 bits are plenty to tell two versions of one meeting's data apart. */
const FINGERPRINT_LENGTH = 16;

/** The first 16 hex digits of SHA-256 over the canonical JSON of the inputs (see canonical-json):
 * meeting figures, regulation, date, people, ballots or hand tally, settings; never cell refs. */
export function fingerprintOf(input: VoteInput): string {
  const deciding = { ...input, settings: input.settings ?? DEFAULT_SETTINGS };
  const sha256 = createSha256();
  writeCanonicalJson(deciding, (piece) => sha256.update(piece));
  return sha256.hex().slice(0, FINGERPRINT_LENGTH);
}
