// A workbook holding everything a department's file may hold besides the vote: the sample made by
// `sample`, with parts added by editing its zip with small hand-written XML: an image and a chart
// on `Hội nghị`, comments and a conditional format on `Danh sách` (the sheet a tally writes), a
// conditional format on `Phiếu`, a hidden sheet with an Excel table and a pivot table, global and
// sheet-scoped defined names, a custom XML part and custom document properties. The macro variant
// adds a vbaProject.bin and the macro-enabled content type.

import { readFileSync, writeFileSync } from "node:fs";
import { readZip, writeZip, type ZipPart } from "../../src/xlsx/package/zip";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DRAWING = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MACRO_WORKBOOK = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
const PLAIN_WORKBOOK = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

/** A 1 × 1 PNG. */
const PNG = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
  "base64"
);

/** Stands for a macro project: its bytes only have to come back unchanged. */
export const VBA_PROJECT = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251));

/** The parts the helper adds, by name; none of them may change in a tally. */
export const ADDED_PARTS = [
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/media/image1.png",
  "xl/charts/chart1.xml",
  "xl/worksheets/_rels/sheet1.xml.rels",
  "xl/worksheets/_rels/sheet2.xml.rels",
  "xl/comments1.xml",
  "xl/drawings/vmlDrawing1.vml",
  "xl/worksheets/sheet9.xml",
  "xl/worksheets/_rels/sheet9.xml.rels",
  "xl/tables/table1.xml",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  "xl/pivotCache/pivotCacheRecords1.xml",
  "customXml/item1.xml",
  "customXml/itemProps1.xml",
  "customXml/_rels/item1.xml.rels",
  "docProps/custom.xml",
] as const;

function relationships(rels: readonly (readonly [string, string, string])[]): string {
  return (
    `${DECL}<Relationships xmlns="${RELS_NS}">` +
    rels
      .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`)
      .join("") +
    "</Relationships>"
  );
}

const ANCHOR = (from: number, inner: string) =>
  `<xdr:twoCellAnchor><xdr:from><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
  `<xdr:to><xdr:col>12</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${from + 8}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>${inner}<xdr:clientData/></xdr:twoCellAnchor>`;

const NEW_PARTS: Readonly<Record<(typeof ADDED_PARTS)[number], string | Buffer>> = {
  "xl/drawings/drawing1.xml":
    `${DECL}<xdr:wsDr xmlns:xdr="${DRAWING}" xmlns:a="${A}" xmlns:r="${REL}" xmlns:c="${C}">` +
    ANCHOR(
      0,
      '<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="Logo"/><xdr:cNvPicPr/></xdr:nvPicPr>' +
        '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>' +
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic>'
    ) +
    ANCHOR(
      10,
      '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="3" name="Biểu đồ"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
        '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
        `<a:graphic><a:graphicData uri="${C}"><c:chart r:id="rId2"/></a:graphicData></a:graphic></xdr:graphicFrame>`
    ) +
    "</xdr:wsDr>",
  "xl/drawings/_rels/drawing1.xml.rels": relationships([
    ["rId1", `${REL}/image`, "../media/image1.png"],
    ["rId2", `${REL}/chart`, "../charts/chart1.xml"],
  ]),
  "xl/media/image1.png": PNG,
  "xl/charts/chart1.xml":
    `${DECL}<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${REL}"><c:chart><c:plotArea><c:layout/>` +
    '<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>\'Danh sách\'!$A$10:$A$15</c:f></c:numRef></c:val></c:ser>' +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    "</c:plotArea></c:chart></c:chartSpace>",
  "xl/worksheets/_rels/sheet1.xml.rels": relationships([
    ["rId1", `${REL}/drawing`, "../drawings/drawing1.xml"],
  ]),
  "xl/worksheets/_rels/sheet2.xml.rels": relationships([
    ["rId1", `${REL}/comments`, "../comments1.xml"],
    ["rId2", `${REL}/vmlDrawing`, "../drawings/vmlDrawing1.vml"],
  ]),
  "xl/comments1.xml":
    `${DECL}<comments xmlns="${MAIN}"><authors><author>Thư ký</author></authors><commentList>` +
    '<comment ref="B10" authorId="0"><text><r><t>Đã xác minh danh sách</t></r></text></comment>' +
    "</commentList></comments>",
  "xl/drawings/vmlDrawing1.vml":
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1">' +
    '<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, 9, 10, 4, 15, 13, 4</x:Anchor><x:AutoFill>False</x:AutoFill><x:Row>9</x:Row><x:Column>1</x:Column></x:ClientData></v:shape></xml>',
  "xl/worksheets/sheet9.xml":
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/><sheetData>` +
    '<row r="1"><c r="A1" t="inlineStr"><is><t>Đơn vị</t></is></c><c r="B1" t="inlineStr"><is><t>Số người</t></is></c></row>' +
    '<row r="2"><c r="A2" t="inlineStr"><is><t>Văn phòng</t></is></c><c r="B2"><v>7</v></c></row>' +
    '<row r="3"><c r="A3" t="inlineStr"><is><t>Ban Tổ chức</t></is></c><c r="B3"><v>5</v></c></row>' +
    '</sheetData><tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>',
  "xl/worksheets/_rels/sheet9.xml.rels": relationships([
    ["rId1", `${REL}/table`, "../tables/table1.xml"],
    ["rId2", `${REL}/pivotTable`, "../pivotTables/pivotTable1.xml"],
  ]),
  "xl/tables/table1.xml":
    `${DECL}<table xmlns="${MAIN}" id="1" name="DonVi" displayName="DonVi" ref="A1:B3" totalsRowShown="0">` +
    '<autoFilter ref="A1:B3"/><tableColumns count="2"><tableColumn id="1" name="Đơn vị"/><tableColumn id="2" name="Số người"/></tableColumns>' +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>',
  "xl/pivotTables/pivotTable1.xml":
    `${DECL}<pivotTableDefinition xmlns="${MAIN}" name="PivotTable1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="Values" createdVersion="6" updatedVersion="6" minRefreshableVersion="3" outline="1" outlineData="1">` +
    '<location ref="D1:E4" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>' +
    '<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="3"><item x="0"/><item x="1"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>' +
    '<rowFields count="1"><field x="0"/></rowFields><rowItems count="3"><i><x/></i><i><x v="1"/></i><i t="grand"><x/></i></rowItems>' +
    '<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="Sum of Số người" fld="1" baseField="0" baseItem="0"/></dataFields></pivotTableDefinition>',
  "xl/pivotTables/_rels/pivotTable1.xml.rels": relationships([
    ["rId1", `${REL}/pivotCacheDefinition`, "../pivotCache/pivotCacheDefinition1.xml"],
  ]),
  "xl/pivotCache/pivotCacheDefinition1.xml":
    `${DECL}<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" createdVersion="6" refreshedVersion="6" minRefreshableVersion="3" recordCount="2">` +
    '<cacheSource type="worksheet"><worksheetSource ref="A1:B3" sheet="Ẩn"/></cacheSource>' +
    '<cacheFields count="2"><cacheField name="Đơn vị" numFmtId="0"><sharedItems count="2"><s v="Văn phòng"/><s v="Ban Tổ chức"/></sharedItems></cacheField>' +
    '<cacheField name="Số người" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="5" maxValue="7"/></cacheField></cacheFields></pivotCacheDefinition>',
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels": relationships([
    ["rId1", `${REL}/pivotCacheRecords`, "pivotCacheRecords1.xml"],
  ]),
  "xl/pivotCache/pivotCacheRecords1.xml": `${DECL}<pivotCacheRecords xmlns="${MAIN}" count="2"><r><x v="0"/><n v="7"/></r><r><x v="1"/><n v="5"/></r></pivotCacheRecords>`,
  "customXml/item1.xml": `${DECL}<hoiNghi xmlns="urn:phieu-tin-nhiem:test"><maSo>HN-2026-07</maSo></hoiNghi>`,
  "customXml/itemProps1.xml": `${DECL}<ds:datastoreItem ds:itemID="{6A1E6D37-6F6C-4E37-9A3A-0A5F2B9B1C11}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs/></ds:datastoreItem>`,
  "customXml/_rels/item1.xml.rels": relationships([
    ["rId1", `${REL}/customXmlProps`, "itemProps1.xml"],
  ]),
  "docProps/custom.xml":
    `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Đơn vị"><vt:lpwstr>Huyện ủy Vân Phong</vt:lpwstr></property></Properties>',
};

function edit(text: string, find: string, replace: string): string {
  if (!text.includes(find)) throw new Error(`fixture: "${find}" not found`);
  return text.replace(find, replace);
}

const CONDITIONAL = (range: string) =>
  `<conditionalFormatting sqref="${range}"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>10</formula></cfRule></conditionalFormatting>`;

/** Edits of the sample's own parts, by name. */
function edits(macro: boolean): Readonly<Record<string, (text: string) => string>> {
  return {
    "[Content_Types].xml": (text) => {
      let out = edit(
        text,
        '<Default Extension="xml" ContentType="application/xml"/>',
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>' +
          (macro
            ? '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
            : "")
      );
      const override = (part: string, type: string) =>
        `<Override PartName="/${part}" ContentType="application/vnd.openxmlformats-officedocument.${type}"/>`;
      out = edit(
        out,
        "</Types>",
        override("xl/drawings/drawing1.xml", "drawing+xml") +
          override("xl/charts/chart1.xml", "drawingml.chart+xml") +
          override("xl/comments1.xml", "spreadsheetml.comments+xml") +
          override("xl/worksheets/sheet9.xml", "spreadsheetml.worksheet+xml") +
          override("xl/tables/table1.xml", "spreadsheetml.table+xml") +
          override("xl/pivotTables/pivotTable1.xml", "spreadsheetml.pivotTable+xml") +
          override(
            "xl/pivotCache/pivotCacheDefinition1.xml",
            "spreadsheetml.pivotCacheDefinition+xml"
          ) +
          override("xl/pivotCache/pivotCacheRecords1.xml", "spreadsheetml.pivotCacheRecords+xml") +
          override("customXml/itemProps1.xml", "customXmlProperties+xml") +
          override("docProps/custom.xml", "custom-properties+xml") +
          "</Types>"
      );
      return macro ? edit(out, PLAIN_WORKBOOK, MACRO_WORKBOOK) : out;
    },
    "_rels/.rels": (text) =>
      edit(
        text,
        "</Relationships>",
        `<Relationship Id="rId9" Type="${REL}/custom-properties" Target="docProps/custom.xml"/></Relationships>`
      ),
    "xl/_rels/workbook.xml.rels": (text) =>
      edit(
        text,
        "</Relationships>",
        `<Relationship Id="rId20" Type="${REL}/worksheet" Target="worksheets/sheet9.xml"/>` +
          `<Relationship Id="rId21" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/>` +
          `<Relationship Id="rId22" Type="${REL}/customXml" Target="../customXml/item1.xml"/>` +
          (macro
            ? '<Relationship Id="rId23" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/>'
            : "") +
          "</Relationships>"
      ),
    "xl/workbook.xml": (text) =>
      edit(
        edit(
          text,
          "</sheets>",
          '<sheet sheetId="9" name="Ẩn" state="hidden" r:id="rId20"/></sheets>' +
            "<definedNames><definedName name=\"DanhSachTen\">'Danh sách'!$B$10:$B$24</definedName>" +
            '<definedName name="NguonDonVi" localSheetId="4">\'Ẩn\'!$A$1:$B$3</definedName></definedNames>'
        ),
        '<calcPr calcId="171027"/>',
        '<calcPr calcId="171027"/><pivotCaches><pivotCache cacheId="1" r:id="rId21"/></pivotCaches>'
      ),
    "xl/styles.xml": (text) =>
      edit(
        text,
        '<dxfs count="0"/>',
        '<dxfs count="1"><dxf><font><b/><color rgb="FF9C0006"/></font></dxf></dxfs>'
      ),
    "xl/worksheets/sheet1.xml": (text) =>
      edit(text, "</worksheet>", '<drawing r:id="rId1"/></worksheet>'),
    "xl/worksheets/sheet2.xml": (text) =>
      edit(
        edit(text, "<pageMargins", `${CONDITIONAL("E10:E24")}<pageMargins`),
        "</worksheet>",
        '<legacyDrawing r:id="rId2"/></worksheet>'
      ),
    "xl/worksheets/sheet3.xml": (text) =>
      edit(text, "<dataValidations", `${CONDITIONAL("C12:C20")}<dataValidations`),
  };
}

/** Writes the rich workbook made from `sample` (a file the `sample` command wrote) to `file`. */
export function writeRichWorkbook(
  sample: string,
  file: string,
  options: { macro?: boolean } = {}
): void {
  const archive = readZip(sample, readFileSync(sample));
  const changes = edits(options.macro ?? false);
  const parts: ZipPart[] = archive.entries.map((entry) => {
    const change = changes[entry.name];
    return change
      ? { name: entry.name, data: Buffer.from(change(archive.text(entry.name)!)) }
      : entry;
  });
  for (const name of ADDED_PARTS) {
    const content = NEW_PARTS[name];
    parts.push({ name, data: typeof content === "string" ? Buffer.from(content) : content });
  }
  if (options.macro) parts.push({ name: "xl/vbaProject.bin", data: VBA_PROJECT });
  writeFileSync(file, writeZip(parts));
}
