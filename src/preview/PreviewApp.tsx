// The browser preview: the real task pane in a 350 px column, as Excel shows it, beside a
// read-only view of the workbook it works on. The workbook is a fake Excel host's document,
// loaded from an .xlsx file (chosen or dropped on the page) and saved back to one; the pane talks
// to it through the same AddinHost code as in Excel. Printing prints the result sheet only.

import {
  Button,
  Caption1,
  FluentProvider,
  makeStyles,
  mergeClasses,
  Select,
  Spinner,
  Switch,
  Text,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { useMemo, useRef, useState, type ChangeEvent, type DragEvent } from "react";
import { flushSync } from "react-dom";
import type { AddinHost } from "../excel/host";
import type { FakeWorkbook } from "../fake-excel";
import type { Lang } from "../rules/types";
import { TaskPane } from "../taskpane/TaskPane";
import { matchesTerm } from "../workbook/parse/normalize";
import { SHEETS } from "../workbook/vocabulary";
import { FILE_PROBLEMS, FileFailure, codedText } from "../xlsx/file-problems";
import { PrintSheet } from "./PrintSheet";
import { WorkbookView } from "./WorkbookView";

/** A workbook open in the preview, with the host the pane uses on it. */
export interface PreviewWorkbook {
  /** The file's name, e.g. "hoi-nghi-mau.xlsx". */
  readonly name: string;
  readonly model: FakeWorkbook;
  readonly host: AddinHost;
  /** The user types `text` into a cell, as in Excel's grid (the host's change events follow). */
  editCell(sheet: string, address: string, text: string): void;
}

/** What the page provides: reading files, the bundled examples, saving a download. */
export interface PreviewIO {
  readonly examples: readonly string[];
  /** A new workbook with one blank sheet, as Excel opens one. */
  newWorkbook(): PreviewWorkbook;
  openExample(name: string): Promise<PreviewWorkbook>;
  openFile(name: string, bytes: ArrayBuffer): Promise<PreviewWorkbook>;
  download(workbook: PreviewWorkbook): Promise<void>;
}

const useStyles = makeStyles({
  page: {
    display: "flex",
    height: "100vh",
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  // Exactly Office's default pane width; the dividing line belongs to the workbook side.
  pane: { width: "350px", flexShrink: 0, overflowY: "auto" },
  paneTheme: { minHeight: "100%" },
  workbook: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minWidth: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    borderLeft: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  // Once there is a result sheet or ballots, what prints is one of them as a document
  // (PrintSheet); before, the page prints as it is.
  screenOnly: { "@media print": { display: "none" } },
  dropping: {
    outline: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: `calc(-1 * ${tokens.strokeWidthThicker})`,
  },
  fileInput: { display: "none" },
  fileName: { fontWeight: tokens.fontWeightSemibold },
  failure: { color: tokens.colorPaletteRedForeground1 },
});

/** A file problem in its coded words, both languages; anything else was the preview's own
 * fault (an example that failed to load), said with its message. */
function fileFailure(error: unknown): string {
  if (error instanceof FileFailure) {
    const { vi, en } = codedText(FILE_PROBLEMS, error.code, error.params);
    return `${error.code} ${vi} / ${en}`;
  }
  const detail = error instanceof Error ? error.message : String(error);
  return `Không mở được tệp / Could not open the file: ${detail}`;
}

function hasFiles(event: DragEvent): boolean {
  return event.dataTransfer.types.includes("Files");
}

export function PreviewApp(props: {
  readonly io: PreviewIO;
  readonly initial: PreviewWorkbook;
  readonly initialLang: Lang;
}) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [workbook, setWorkbook] = useState(props.initial);
  // Each opened workbook gets a fresh pane; the revision moves whenever the host may have written.
  const [opened, setOpened] = useState(0);
  const [revision, setRevision] = useState(0);
  const [dark, setDark] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [dropping, setDropping] = useState(false);
  const resultSheet = workbook.model.sheets.find((sheet) =>
    matchesTerm(sheet.name, SHEETS.results)
  );
  const resultName = resultSheet?.name ?? SHEETS.results.vi;
  const ballotSheet = workbook.model.sheets.find((sheet) =>
    matchesTerm(sheet.name, SHEETS.ballotForms)
  );
  // The sheet that prints: the result sheet unless the ballots were chosen for this print.
  const [printBallots, setPrintBallots] = useState(false);
  const printed = (printBallots && ballotSheet) || resultSheet;

  /** Prints one sheet as a document: rendered first, then the browser's print dialog. */
  function printSheet(ballots: boolean): void {
    flushSync(() => setPrintBallots(ballots));
    window.print();
  }

  /** The workbook's host, reporting each finished call so the view redraws. One per workbook:
   * the pane registers for the workbook's changes once per host. */
  const host = useMemo((): AddinHost => {
    const after = <T,>(call: Promise<T>): Promise<T> =>
      call.finally(() => setRevision((value) => value + 1));
    return {
      check: (options) => after(workbook.host.check(options)),
      tallyAndWrite: (options) => after(workbook.host.tallyAndWrite(options)),
      printBallots: (options) => after(workbook.host.printBallots(options)),
      writeConsolidation: (inputs, options) =>
        after(workbook.host.writeConsolidation(inputs, options)),
      createTemplate: (lang) => after(workbook.host.createTemplate(lang)),
      setExtraNames: (policy, lang) => after(workbook.host.setExtraNames(policy, lang)),
      selectCell: (sheet, cell) => after(workbook.host.selectCell(sheet, cell)),
      showResults: () => after(workbook.host.showResults()),
      watchChanges: (onChange) => workbook.host.watchChanges(onChange),
    };
  }, [workbook]);

  async function open(loading: Promise<PreviewWorkbook>): Promise<void> {
    setBusy(true);
    setFailure(null);
    try {
      setWorkbook(await loading);
      setOpened((value) => value + 1);
      setRevision((value) => value + 1);
    } catch (error) {
      setFailure(fileFailure(error));
    } finally {
      setBusy(false);
    }
  }

  /** The file's first bytes decide whether it is a workbook (io.openFile refuses others with
   * the command line's coded F001), not its name. */
  function openChosen(file: File): void {
    void open(file.arrayBuffer().then((bytes) => props.io.openFile(file.name, bytes)));
  }

  function onFileChosen(event: ChangeEvent<HTMLInputElement>): void {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (file) openChosen(file);
  }

  // A file dropped anywhere on the page opens as if chosen, instead of the browser leaving the
  // page to show it.
  function onDragOver(event: DragEvent): void {
    if (!hasFiles(event)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = busy ? "none" : "copy";
    setDropping(true);
  }
  function onDragLeave(event: DragEvent): void {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDropping(false);
  }
  function onDrop(event: DragEvent): void {
    if (!hasFiles(event)) return;
    event.preventDefault();
    setDropping(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) openChosen(file);
  }

  return (
    <>
      <div
        className={mergeClasses(
          styles.page,
          printed && styles.screenOnly,
          dropping && styles.dropping
        )}
        onDragOver={onDragOver}
        onDragLeave={onDragLeave}
        onDrop={onDrop}
      >
        <aside className={styles.pane} aria-label="Ngăn tác vụ / Task pane">
          <FluentProvider theme={dark ? webDarkTheme : webLightTheme} className={styles.paneTheme}>
            <TaskPane key={opened} host={host} initialLang={props.initialLang} />
          </FluentProvider>
        </aside>
        <div className={styles.workbook}>
          <div className={styles.toolbar} role="toolbar" aria-label="Tệp / File">
            <Text className={styles.fileName}>{workbook.name}</Text>
            {props.io.examples.length > 1 && (
              <Select
                aria-label="Tệp mẫu / Example"
                value={props.io.examples.includes(workbook.name) ? workbook.name : ""}
                onChange={(_, data) => void open(props.io.openExample(data.value))}
              >
                <option value="" disabled>
                  Tệp mẫu / Example
                </option>
                {props.io.examples.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </Select>
            )}
            <input
              ref={fileInput}
              className={styles.fileInput}
              tabIndex={-1}
              aria-hidden="true"
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              onChange={onFileChosen}
            />
            <Button
              disabled={busy}
              onClick={() => void open(Promise.resolve(props.io.newWorkbook()))}
            >
              Sổ tính mới / New workbook
            </Button>
            <Button
              disabled={busy}
              onClick={() => fileInput.current?.click()}
              title="Hoặc kéo thả tệp vào trang / Or drop the file on the page"
            >
              Mở tệp .xlsx / Open .xlsx
            </Button>
            <Button
              appearance="primary"
              disabled={busy}
              onClick={() => void props.io.download(workbook)}
            >
              Tải về / Download
            </Button>
            <Button disabled={busy || !resultSheet} onClick={() => printSheet(false)}>
              {`In trang ${resultName} / Print ${resultName}`}
            </Button>
            {ballotSheet && (
              <Button disabled={busy} onClick={() => printSheet(true)}>
                {`In trang ${ballotSheet.name} / Print ${ballotSheet.name}`}
              </Button>
            )}
            <Switch
              checked={dark}
              onChange={(_, data) => setDark(data.checked)}
              label="Giao diện tối / Dark theme"
            />
            {busy && <Spinner size="tiny" label="Đang mở… / Opening…" />}
            {failure && (
              <Caption1 role="alert" className={styles.failure}>
                {failure}
              </Caption1>
            )}
          </div>
          <WorkbookView workbook={workbook.model} revision={revision} onEdit={workbook.editCell} />
        </div>
      </div>
      {printed && (
        <PrintSheet
          sheet={printed}
          label={`Bản in trang ${printed.name} / Print of the ${printed.name} sheet`}
        />
      )}
    </>
  );
}
