// The character codes the XML readers compare against (charCodeAt), named once for both the
// strict scanner and the fast pass over plain rows.

/** XML's white space (space, tab, CR, LF) is at or below this code; a name is above it. */
export const SPACE = 0x20;
export const TAB = 0x09;
export const LINE_FEED = 0x0a;
export const CARRIAGE_RETURN = 0x0d;
export const EXCLAMATION = 0x21;
export const QUOTE = 0x22;
export const AMPERSAND = 0x26;
export const APOSTROPHE = 0x27;
export const SLASH = 0x2f;
export const LESS_THAN = 0x3c;
export const EQUALS = 0x3d;
export const GREATER_THAN = 0x3e;
export const QUESTION = 0x3f;
