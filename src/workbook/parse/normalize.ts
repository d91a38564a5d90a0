// How labels, headers, names and codes are compared (workbook.md): on a normalized form, so that
// the user's own spelling (decomposed Unicode, double spaces, a trailing colon) still matches.

import { foldText } from "../../rules";
import type { Term } from "../vocabulary";

/** NFC, lowercase, surrounding and repeated spaces (line breaks and no-break spaces too) and a
 * trailing colon ignored: "  Họ  và tên: " → "họ và tên". */
export function normalizeLabel(text: string): string {
  return text.normalize("NFC").toLowerCase().replace(/\s+/gu, " ").trim().replace(/\s*:$/u, "");
}

/** The key of an entry code: lowercase, without diacritics or any space ("Thấp" = "thap",
 * "T N" = "tn"). */
export function codeKey(text: string): string {
  return foldText(text).replace(/\s/gu, "");
}

/** True when the text is the term in Vietnamese, in English, or one of its aliases. */
export function matchesTerm(text: string, term: Term): boolean {
  const key = normalizeLabel(text);
  return [term.vi, term.en, ...(term.aliases ?? [])].some((t) => normalizeLabel(t) === key);
}

/** A lookup from a text to the key of the term it names (Vietnamese, English or an alias); the
 * first term listed wins when two share a spelling. Built once, used per cell. */
export function termLookup<K extends string>(
  terms: readonly (readonly [K, Term])[]
): (text: string) => K | undefined {
  const index = new Map<string, K>();
  for (const [key, term] of terms) {
    for (const text of [term.vi, term.en, ...(term.aliases ?? [])]) {
      const normalized = normalizeLabel(text);
      if (!index.has(normalized)) index.set(normalized, key);
    }
  }
  return (text) => index.get(normalizeLabel(text));
}
