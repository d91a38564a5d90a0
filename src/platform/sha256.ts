// SHA-256 for the browser bundles (task pane, preview, offline page): pure and synchronous, so that
// the plan is built the same way on every host. Node takes sha256-node.ts instead (package.json
// "imports", condition "node"): node:crypto is some thirty times faster at 1,000 × 100.

import { endsInsidePair, WholeCharacters } from "./whole-characters";

/** An incremental SHA-256: `update` with each piece of a text in turn, then `hex` once for the
 * digest of the whole text's UTF-8 bytes, as 64 lowercase hex digits. A surrogate pair split
 * between two pieces is hashed as the one character it is: the digest does not depend on where the
 * text was cut. */
export interface Sha256 {
  update(text: string): Sha256;
  hex(): string;
}

/** Encoded this many UTF-16 units at a time (one more to keep a pair whole), three bytes each at
 * most, after the pending start of a block. */
const ENCODE_UNITS = 1 << 14;

export function createSha256(): Sha256 {
  const encoder = new TextEncoder();
  const bytes = new Uint8Array(64 + (ENCODE_UNITS + 1) * 3);
  const view = new DataView(bytes.buffer);
  const hash = new Uint32Array(INITIAL_HASH);
  const w = new Uint32Array(64);
  // bytes[0, pending) is the start of a block not yet compressed.
  let pending = 0;
  let total = 0;
  const pieces = new WholeCharacters();

  function absorb(text: string): void {
    let start = 0;
    while (start < text.length) {
      let end = Math.min(start + ENCODE_UNITS, text.length);
      if (end < text.length && endsInsidePair(text, end)) end++;
      const { written } = encoder.encodeInto(text.slice(start, end), bytes.subarray(pending));
      const length = pending + written;
      const blocksEnd = length - (length % 64);
      for (let offset = 0; offset < blocksEnd; offset += 64) compress(hash, w, view, offset);
      bytes.copyWithin(0, blocksEnd, length);
      pending = length - blocksEnd;
      total += written;
      start = end;
    }
  }

  const sha256: Sha256 = {
    update(text) {
      absorb(pieces.take(text));
      return sha256;
    },
    hex() {
      absorb(pieces.rest());
      // Padding: a 1 bit, zeros up to 56 mod 64 bytes, then the length in bits as 64-bit big endian.
      const padded = pending + 9 <= 64 ? 64 : 128;
      bytes.fill(0, pending, padded);
      bytes[pending] = 0x80;
      const bits = total * 8;
      view.setUint32(padded - 8, Math.floor(bits / 0x1_0000_0000));
      view.setUint32(padded - 4, bits >>> 0);
      for (let offset = 0; offset < padded; offset += 64) compress(hash, w, view, offset);
      return Array.from(hash, (word) => word.toString(16).padStart(8, "0")).join("");
    },
  };
  return sha256;
}

// The first 32 bits of the fractional parts of the cube roots of the first 64 primes.
const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

// The first 32 bits of the fractional parts of the square roots of the first 8 primes.
const INITIAL_HASH = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/** Folds the 64-byte block at `offset` of `view` into `hash`; `w` is the message schedule. */
function compress(hash: Uint32Array, w: Uint32Array, view: DataView, offset: number): void {
  for (let t = 0; t < 16; t++) w[t] = view.getUint32(offset + t * 4);
  for (let t = 16; t < 64; t++) {
    const x = w[t - 15]!;
    const y = w[t - 2]!;
    const s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x >>> 3);
    const s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y >>> 10);
    w[t] = w[t - 16]! + s0 + w[t - 7]! + s1;
  }
  // Plain locals kept as 32-bit integers (| 0): several times faster than an array per round.
  let [a, b, c, d, e, f, g, h] = [
    hash[0]!,
    hash[1]!,
    hash[2]!,
    hash[3]!,
    hash[4]!,
    hash[5]!,
    hash[6]!,
    hash[7]!,
  ];
  for (let t = 0; t < 64; t++) {
    const s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
    const choice = (e & f) ^ (~e & g);
    const t1 = (h + s1 + choice + K[t]! + w[t]!) | 0;
    const s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
    const majority = (a & b) ^ (a & c) ^ (b & c);
    h = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + s0 + majority) | 0;
  }
  // A Uint32Array keeps each sum modulo 2^32.
  [a, b, c, d, e, f, g, h].forEach((value, i) => {
    hash[i] = hash[i]! + value;
  });
}

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n));
}
