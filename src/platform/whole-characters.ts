// A text hashed in pieces must give the digest of the whole text, wherever it was cut. A piece
// may end inside a surrogate pair, and UTF-8 encoders write each half alone as U+FFFD: its high
// half waits for the next piece.

export const HIGH_SURROGATE_MIN = 0xd800;
export const HIGH_SURROGATE_MAX = 0xdbff;

export function endsInsidePair(text: string, end = text.length): boolean {
  const last = text.charCodeAt(end - 1);
  return last >= HIGH_SURROGATE_MIN && last <= HIGH_SURROGATE_MAX;
}

export class WholeCharacters {
  private held = "";

  /** The text to encode now: what was held and this piece, less a high surrogate ending it. */
  take(piece: string): string {
    const text = this.held + piece;
    const cut = endsInsidePair(text);
    this.held = cut ? text.slice(-1) : "";
    return cut ? text.slice(0, -1) : text;
  }

  /** At the end of the text: a high surrogate still held is a lone one. */
  rest(): string {
    const rest = this.held;
    this.held = "";
    return rest;
  }
}
