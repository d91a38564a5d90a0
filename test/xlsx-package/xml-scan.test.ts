// The XML scanner: what it hands to a reader, and every way a part can be malformed that it must
// refuse rather than read as something else.

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { scanXml, XmlError, type XmlHandlers } from "../../src/xlsx/package/xml-scan";
import { referenceScanXml } from "./xml-scan-reference";

function events(xml: string): string[] {
  const seen: string[] = [];
  scanXml(xml, {
    open: (tag) => seen.push(`<${tag.name} ${JSON.stringify(tag.attributes())}`),
    close: (name) => seen.push(`</${name}`),
    text: (text) => seen.push(`"${text}"`),
  });
  return seen;
}

describe("scanXml", () => {
  it("passes tags by local name, attributes and text decoded, comments and declarations skipped", () => {
    const xml =
      '<?xml version="1.0"?><x:a xmlns:x="u" r:id=\'r&amp;1\'><!-- note --><b v="&lt;&#65;&#x42;"/>' +
      "t&gt;<![CDATA[<raw>&amp;]]></x:a>";
    expect(events(xml)).toEqual([
      '<a {"xmlns:x":"u","r:id":"r&1"}',
      '<b {"v":"<AB"}',
      "</b",
      '"t>"',
      '"<raw>&amp;"',
      "</a",
    ]);
  });

  it("reads one attribute without the others, and a quoted “>” inside a value", () => {
    const found: (string | undefined)[] = [];
    scanXml('<c r="B2" t="s" f="a>b"/>', {
      open: (tag) => found.push(tag.attribute("t"), tag.attribute("f"), tag.attribute("x")),
    });
    expect(found).toEqual(["s", "a>b", undefined]);
  });

  it.each([
    ["a document type declaration", '<!DOCTYPE a [<!ENTITY e "x">]><a>&e;</a>'],
    ["an unknown entity", "<a>&e;</a>"],
    ["a bare ampersand", "<a>x & y</a>"],
    ["an end tag that closes the wrong element", "<a><b></a></b>"],
    ["an element never closed", "<a><b></b>"],
    ["a second root", "<a/><b/>"],
    ["text outside the root", "x<a/>"],
    ["an attribute without quotes", "<a r=1/>"],
    ["attributes without space between", '<a r="1"s="2"/>'],
    ["an unterminated tag", '<a r="1"'],
    ["an unterminated comment", "<a><!-- x</a>"],
    ["no root at all", "  "],
  ])("refuses %s", (_, xml) => {
    expect(() => scanXml(xml, { open: (tag) => tag.attributes() })).toThrow(XmlError);
  });
});

/** What a scan reports, as a sheet reader asks (r, t, then s) or as one asking for every
 * attribute; an error ends the list with its message. */
function reported(
  scan: (xml: string, handlers: XmlHandlers) => void,
  xml: string,
  everyAttribute: boolean
): string[] {
  const seen: string[] = [];
  try {
    scan(xml, {
      open(tag) {
        seen.push(`<${tag.name}${tag.selfClosing ? "/" : ""}`);
        if (everyAttribute) seen.push(JSON.stringify(tag.attributes()));
        else for (const name of ["r", "t", "s"]) seen.push(`${name}=${tag.attribute(name)}`);
      },
      close: (name) => seen.push(`</${name}`),
      text: (text) => seen.push(`"${text}"`),
    });
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    seen.push(`error: ${error.message}`);
  }
  return seen;
}

/** Sound pieces and broken ones, so that most documents are nearly well formed. */
const PIECES = [
  "<c",
  "<x:c",
  "<row",
  "<v>",
  "</v>",
  "</c>",
  "</x:c>",
  "</c >",
  "</c\t>",
  "</ c>",
  "</c\u0001>",
  "</c\u000b>",
  "</>",
  ">",
  "/>",
  ' r="A1"',
  " t='s'",
  ' s="1"',
  ' t="s"',
  ' r="a&amp;b"',
  ' x:r="2"',
  'r="3"',
  " r=1",
  ' r = "4"',
  ' s="&bad;"',
  ' r="x>y"',
  ' r="',
  "'",
  "=",
  " ",
  "\n",
  "\u0001",
  "12",
  "&lt;",
  "&#65;",
  "&",
  "&nope;",
  "<!-- note -->",
  "<![CDATA[<a>&]]>",
  "<?pi x?>",
  "<!DOCTYPE",
  "<!--",
  "<",
];

/** Elements nested as a sheet nests them, each closed by one of the end tags XML allows or by one
 * it does not; pieces sprinkled between them. */
const ELEMENTS: fc.Arbitrary<string> = fc.letrec<{ element: string }>((tie) => ({
  element: fc
    .tuple(
      fc.constantFrom("c", "x:c", "row", "v", "is", "t"),
      fc.array(fc.constantFrom(...PIECES.filter((piece) => piece.startsWith(" "))), {
        maxLength: 3,
      }),
      fc.array(fc.oneof({ maxDepth: 4 }, fc.constantFrom(...PIECES), tie("element")), {
        maxLength: 4,
      }),
      fc.constantFrom("/>", ">", " >", "\t>"),
      fc.constantFrom("", " ", "\t", "\n", "\u000b", "\u0001", "\u00a0", "x")
    )
    .map(([name, attributes, children, opening, space]) => {
      const start = `<${name}${attributes.join("")}`;
      if (opening === "/>") return `${start}/>`;
      const end = space === "\u00a0" ? `</${space}${name}>` : `</${name}${space}>`;
      return `${start}${opening}${children.join("")}${end}`;
    }),
})).element;

describe("scanXml against the plain reference scanner", () => {
  it("reports the same events and the same errors on any run of pieces", () => {
    const documents = fc
      .array(fc.constantFrom(...PIECES), { maxLength: 30 })
      .map((pieces) => `<ws>${pieces.join("")}</ws>`);
    fc.assert(
      fc.property(fc.oneof(documents, ELEMENTS), fc.boolean(), (xml, everyAttribute) => {
        expect(reported(scanXml, xml, everyAttribute)).toEqual(
          reported(referenceScanXml, xml, everyAttribute)
        );
      }),
      { numRuns: 5000 }
    );
  });

  it("reports the same on a document with more element names than the scanner keeps", () => {
    const names = Array.from({ length: 700 }, (_, index) => `n${index}`);
    const xml = `<ws>${names.map((name) => `<${name} r="1">t</${name}>`).join("")}<n3></n4></ws>`;
    expect(reported(scanXml, xml, false)).toEqual(reported(referenceScanXml, xml, false));
  });
});
