// The canonical JSON the fingerprint hashes, written in pieces: at 5,000 ballots × 300 people the
// whole text is some 50 MB, and making it with a JSON.stringify replacer that copies every object
// into one with sorted keys took most of a second.
//
// The text is exactly that of the first definition (the tests keep it as their reference):
//   JSON.stringify(value, (key, inner) => a copy of each non-array object, keys sorted, `ref` left out)
// so that no fingerprint printed on a paper result or held in the goldens ever changes.

/** Pieces are written once they reach this many UTF-16 units (a string value may go over). */
export const PIECE_UNITS = 1 << 16;

/** Strings whose JSON text is kept: enough for every id and mark of a large meeting. */
const QUOTED_KEPT = 4096;

/** Writes the canonical JSON of `value` to `write`, in pieces of about PIECE_UNITS: JSON with
 * object keys sorted and every `ref` (where a value came from) left out, so that moving the same
 * data to other cells gives the same text. Undefined fields are left out as JSON does. */
export function writeCanonicalJson(value: unknown, write: (piece: string) => void): void {
  const writer = new CanonicalJsonWriter(write);
  const resolved = resolve(value, "");
  if (!leftOut(resolved)) writer.value(resolved, 0);
  writer.flush();
}

/** How the canonical JSON writes the objects of one set of keys. */
interface Shape {
  /** Object.keys of the objects, in their order. */
  readonly keys: readonly string[];
  /** The keys written, in the order written. */
  readonly order: readonly string[];
  /** `"key":` for each key in `order`. */
  readonly labels: readonly string[];
  /** `,"key":` for each key in `order`. */
  readonly nextLabels: readonly string[];
}

class CanonicalJsonWriter {
  private text = "";
  /** The last shape met at each depth: sibling objects nearly always share their keys. */
  private readonly shapes: (Shape | undefined)[] = [];
  /** JSON text of the strings met lately: a ballot's marks and ids repeat on every ballot. */
  private quoted = new Map<string, string>();

  constructor(private readonly write: (piece: string) => void) {}

  flush(): void {
    if (this.text !== "") this.write(this.text);
    this.text = "";
  }

  /** Appends a value already resolved (toJSON applied) and not left out. */
  value(value: unknown, depth: number): void {
    switch (typeof value) {
      case "string":
        this.text += this.quote(value);
        break;
      case "object":
        if (value === null) this.text += "null";
        else if (Array.isArray(value)) this.array(value, depth + 1);
        else this.object(value, depth + 1);
        break;
      default:
        // Numbers and booleans; a BigInt throws as it does in JSON.stringify.
        this.text += JSON.stringify(value)!;
    }
    if (this.text.length >= PIECE_UNITS) this.flush();
  }

  private quote(text: string): string {
    let json = this.quoted.get(text);
    if (json === undefined) {
      if (this.quoted.size >= QUOTED_KEPT) this.quoted.clear();
      json = JSON.stringify(text);
      this.quoted.set(text, json);
    }
    return json;
  }

  private array(items: readonly unknown[], depth: number): void {
    this.text += "[";
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.text += ",";
      const item = resolve(items[i], i);
      if (leftOut(item)) this.text += "null";
      else this.value(item, depth);
    }
    this.text += "]";
  }

  private object(fields: object, depth: number): void {
    const shape = this.shapeOf(Object.keys(fields), depth);
    this.text += "{";
    let first = true;
    for (let i = 0; i < shape.order.length; i++) {
      const name = shape.order[i]!;
      const field = resolve((fields as Record<string, unknown>)[name], name);
      if (leftOut(field)) continue;
      this.text += first ? shape.labels[i]! : shape.nextLabels[i]!;
      first = false;
      this.value(field, depth);
    }
    this.text += "}";
  }

  private shapeOf(keys: readonly string[], depth: number): Shape {
    const known = this.shapes[depth];
    if (known !== undefined && sameKeys(known.keys, keys)) return known;
    const order = canonicalOrder(keys);
    const labels = order.map((name) => `${JSON.stringify(name)}:`);
    const shape = { keys, order, labels, nextLabels: labels.map((label) => `,${label}`) };
    this.shapes[depth] = shape;
    return shape;
  }
}

/** The order the first definition writes an object's keys in, found the way it found it: the
 * keys sorted, `ref` left out, set in turn on a new object, whose own keys JSON then enumerates.
 * That object puts integer-like keys ("2", "10") first in numeric order, and drops "__proto__"
 * (setting it sets the prototype). */
function canonicalOrder(keys: readonly string[]): string[] {
  const sorted: Record<string, true> = {};
  for (const name of [...keys].sort()) {
    if (name !== "ref") sorted[name] = true;
  }
  return Object.keys(sorted);
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The value JSON writes for `value` under `key`: what its toJSON returns (a Date's ISO text). */
function resolve(value: unknown, key: string | number): unknown {
  if (
    value === null ||
    (typeof value !== "object" && typeof value !== "function" && typeof value !== "bigint")
  ) {
    return value;
  }
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  return typeof toJSON === "function"
    ? (toJSON as (key: string) => unknown).call(value, String(key))
    : value;
}

/** JSON leaves these out of an object and writes null for them in an array. */
function leftOut(value: unknown): boolean {
  return value === undefined || typeof value === "function" || typeof value === "symbol";
}
