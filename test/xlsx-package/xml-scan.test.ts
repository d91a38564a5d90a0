// The XML scanner: what it hands to a reader, and every way a part can be malformed that it must
// refuse rather than read as something else.

import { describe, expect, it } from "vitest";
import { scanXml, XmlError } from "../../src/xlsx/package/xml-scan";

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
