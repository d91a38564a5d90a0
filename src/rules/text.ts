// Text folding for matching what people write: reasons, names and places are compared without
// case, diacritics or extra spaces, so "Nghỉ  HƯU" and "nghi huu" are the same words.

/** Lowercase, without diacritics (đ → d), spaces collapsed and trimmed. */
export function foldText(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when one of the phrases (already folded, plain letters and spaces) starts a word of the
 * folded text: "retire" finds "retired", "bau" finds "bầu cử" but not "thượng bảo". */
export function hasWordStartingWith(foldedText: string, phrases: readonly string[]): boolean {
  return phrases.some((phrase) => new RegExp(`(^|[^a-z0-9])${phrase}`).test(foldedText));
}
