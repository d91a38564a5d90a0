// Request sizes: Excel on the web refuses a request or response over 5 MB. The shell estimates
// its batches with the same measure the fake host records: the UTF-8 length of their JSON.

/** Excel on the web's cap on one request, and on one response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

/** UTF-8 length of a string, counted without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      index += 1;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 length of a value's JSON. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "null");
}
