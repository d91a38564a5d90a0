// The entry of the preview page (preview.html) and of the offline app (offline.html, built into
// the one file dist/phieu-tin-nhiem.html): opens a bundled example workbook in a fake Excel host
// and renders the task pane beside it. `?lang=en` starts the pane in English.

import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { workbookOf } from "../fake-excel";
import { saveFakeWorkbook } from "../fake-excel/xlsx-bridge";
import { openWorkbookFile, previewWorkbook } from "./open-file";
import { PreviewApp, type PreviewIO } from "./PreviewApp";

/** The example workbooks shipped in examples/, by file name (results the CLI wrote left out). */
const EXAMPLE_URLS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(
    import.meta.glob<string>(["../../examples/*.xlsx", "!../../examples/*-ket-qua.xlsx"], {
      query: "?url",
      import: "default",
      eager: true,
    })
  ).map(([path, url]) => [path.slice(path.lastIndexOf("/") + 1), url])
);
const FIRST_EXAMPLE = "hoi-nghi-mau.xlsx";

const io: PreviewIO = {
  examples: Object.keys(EXAMPLE_URLS),
  newWorkbook: () => previewWorkbook("so-tinh-moi.xlsx", workbookOf({ Sheet1: [] })),
  async openExample(name) {
    const url = EXAMPLE_URLS[name];
    if (url === undefined) throw new Error(`${name}?`);
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return openWorkbookFile(name, await response.arrayBuffer());
  },
  openFile: openWorkbookFile,
  async download(workbook) {
    const bytes = await saveFakeWorkbook(workbook.model);
    const blob = new Blob([bytes as BlobPart], {
      type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = workbook.name.replace(/\.xlsx$/i, "") + "-ket-qua.xlsx";
    link.click();
    // Give the browser the time to start the download before the URL goes.
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  },
};

async function start(): Promise<void> {
  const first = io.examples.includes(FIRST_EXAMPLE) ? FIRST_EXAMPLE : io.examples[0];
  const initial = first ? await io.openExample(first) : io.newWorkbook();
  const lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "vi";
  const container = document.getElementById("root");
  if (!container) throw new Error("preview.html has no #root element");
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <PreviewApp io={io} initial={initial} initialLang={lang} />
    </FluentProvider>
  );
}

void start();
