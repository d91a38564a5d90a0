// SHA-256 under Node (the command line, the tests, the bench): the platform's own, chosen for the
// "node" condition of package.json "imports". The browser bundles take sha256.ts.

import { createHash } from "node:crypto";

/** SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}
