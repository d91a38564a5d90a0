// The canonical JSON the fingerprint hashes, written in pieces: at 5,000 ballots × 300 people the
// whole text is some 50 MB, and making it with a JSON.stringify replacer that copies every object
// into one with sorted keys took most of a second.
//
// The text is exactly that of the first definition (the tests keep it as their reference):
//   JSON.stringify(value, (key, inner) => a copy of each non-array object, keys sorted, `ref` left out)
// so that no fingerprint printed on a paper result or held in the goldens ever changes.

/** Pieces are written once they reach this many UTF-16 units (a string value may go over). */
export const PIECE_UNITS = 1 << 16;

/** Texts of plain objects kept per shape: more than the entries of a large meeting's ballots
 * (people × marks), bounded when every object is different. */
export const TEXTS_KEPT = 1 << 14;

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
  /** The texts of the objects met whose fields are all plain values, by those values in `order`
   * (a trie, one level a field): a ballot's entries repeat on every ballot. */
  texts: Trie;
  textCount: number;
}

interface Trie extends Map<unknown, Trie | PlainText> {}

/** An object's text, alone and after a comma (as an array's next item, in one piece). */
interface PlainText {
  readonly alone: string;
  readonly next: string;
}

class CanonicalJsonWriter {
  private text = "";
  /** The last shape met at each depth: sibling objects nearly always share their keys. */
  private readonly shapes: (Shape | undefined)[] = [];
  /** The texts of plain objects met, by the object itself: a ballot sheet's reader shares one
   * entry object among every ballot with the same mark for a person, so most entries are found
   * here without a look at their keys. Valid for one write, during which nothing changes. */
  private readonly byObject = new Map<object, PlainText>();

  constructor(private readonly write: (piece: string) => void) {}

  flush(): void {
    if (this.text !== "") this.write(this.text);
    this.text = "";
  }

  /** Appends a value already resolved (toJSON applied) and not left out, after a comma if
   * `next` (an array's next item). */
  value(value: unknown, depth: number, next = false): void {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) {
      this.object(value, depth + 1, next);
    } else {
      if (next) this.text += ",";
      if (Array.isArray(value)) this.array(value, depth + 1);
      else this.text += plainJson(value);
    }
    if (this.text.length >= PIECE_UNITS) this.flush();
  }

  private array(items: readonly unknown[], depth: number): void {
    this.text += "[";
    for (let i = 0; i < items.length; i++) {
      const item = resolve(items[i], i);
      if (leftOut(item)) this.text += i > 0 ? ",null" : "null";
      else this.value(item, depth, i > 0);
    }
    this.text += "]";
  }

  private object(fields: object, depth: number, next: boolean): void {
    const met = this.byObject.get(fields);
    if (met !== undefined) {
      this.text += next ? met.next : met.alone;
      return;
    }
    const shape = this.shapeOf(Object.keys(fields), depth);
    const known = plainObjectText(fields as Record<string, unknown>, shape);
    if (known !== undefined) {
      if (this.byObject.size >= TEXTS_KEPT) this.byObject.clear();
      this.byObject.set(fields, known);
      this.text += next ? known.next : known.alone;
      return;
    }
    this.text += next ? ",{" : "{";
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
    const nextLabels = labels.map((label) => `,${label}`);
    const shape = { keys, order, labels, nextLabels, texts: new Map(), textCount: 0 };
    this.shapes[depth] = shape;
    return shape;
  }
}

/** The text of an object whose fields are all plain values (see plainJson), found in the shape's
 * texts or made and kept there; undefined for any other object. */
function plainObjectText(fields: Record<string, unknown>, shape: Shape): PlainText | undefined {
  let node = shape.texts;
  const last = shape.order.length - 1;
  for (let i = 0; i < last; i++) {
    const field = fields[shape.order[i]!];
    if (!isPlain(field)) return undefined;
    let next = node.get(field) as Trie | undefined;
    if (next === undefined) node.set(field, (next = new Map()));
    node = next;
  }
  const field = last < 0 ? undefined : fields[shape.order[last]!];
  if (!isPlain(field)) return undefined;
  const known = node.get(field) as PlainText | undefined;
  if (known !== undefined) return known;
  if (shape.textCount >= TEXTS_KEPT) {
    shape.texts = new Map();
    shape.textCount = 0;
    return plainObjectText(fields, shape);
  }
  let text = "";
  for (let i = 0; i <= last; i++) {
    const value = fields[shape.order[i]!];
    if (value !== undefined)
      text += (text === "" ? shape.labels[i]! : shape.nextLabels[i]!) + plainJson(value);
  }
  const made = { alone: `{${text}}`, next: `,{${text}}` };
  node.set(field, made);
  shape.textCount++;
  return made;
}

/** Values written as they are, with no toJSON: JSON's own text of each (or nothing, undefined). */
type Plain = string | number | boolean | null | undefined;

function isPlain(value: unknown): value is Plain {
  const type = typeof value;
  return (
    type === "string" ||
    type === "number" ||
    type === "boolean" ||
    value === null ||
    value === undefined
  );
}

/** A BigInt throws here as it does in JSON.stringify. */
function plainJson(value: unknown): string {
  return JSON.stringify(value)!;
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
