// SHA-256 under Node (the command line, the tests, the bench): the platform's own, chosen for the
// "node" condition of package.json "imports". The browser bundles take sha256.ts.

import { createHash } from "node:crypto";
import type { Sha256 } from "./sha256";
import { WholeCharacters } from "./whole-characters";

export function createSha256(): Sha256 {
  const hash = createHash("sha256");
  const pieces = new WholeCharacters();
  const sha256: Sha256 = {
    update(text) {
      hash.update(pieces.take(text), "utf8");
      return sha256;
    },
    hex: () => hash.update(pieces.rest(), "utf8").digest("hex"),
  };
  return sha256;
}
