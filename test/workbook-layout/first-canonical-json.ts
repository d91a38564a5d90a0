// The canonical JSON as the fingerprint first defined it, made in one piece: the reference that
// src/workbook/canonical-json.ts must match to the character, so that no fingerprint ever printed
// on a paper result changes.

export function firstCanonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner === null || typeof inner !== "object" || Array.isArray(inner)) return inner;
    const sorted: Record<string, unknown> = {};
    for (const name of Object.keys(inner).sort()) {
      if (name !== "ref") sorted[name] = (inner as Record<string, unknown>)[name];
    }
    return sorted;
  });
}
