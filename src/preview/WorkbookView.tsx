// The fake workbook's sheets as tabs, each drawn by SheetView. Follows the workbook: when the
// add-in activates a sheet or selects a cell, the view goes there. The user can type into cells.
// A hidden sheet's tab is marked as such.

import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { FakeWorkbook } from "../fake-excel";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minHeight: 0, flexGrow: 1 },
  tabs: {
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    overflowX: "auto",
    flexShrink: 0,
  },
  grid: { overflow: "auto", flexGrow: 1, minHeight: 0, backgroundColor: "#ffffff" },
  empty: { padding: tokens.spacingHorizontalL },
  hidden: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
});

/** Excel shows no tab for a hidden sheet; the page shows one, so that the sheet a problem names
 * can be opened, and says it is hidden, as the problem does. */
const HIDDEN_MARK = " (ẩn / hidden)";

export function WorkbookView(props: {
  readonly workbook: FakeWorkbook;
  /** Changes whenever the host may have changed the workbook, so the view follows it. */
  readonly revision: number;
  readonly onEdit: (sheet: string, address: string, text: string) => void;
}) {
  const styles = useStyles();
  const { workbook } = props;
  // An edit changes the workbook in place: counted, so the view draws it, staying on its tab.
  const [, setEdits] = useState(0);
  // The user's choice of tab holds until the add-in moves the workbook somewhere else.
  const [chosen, setChosen] = useState<{ sheet: string; revision: number } | null>(null);
  // Selecting a cell activates its sheet too, as in Excel.
  const shown = chosen?.revision === props.revision ? chosen.sheet : workbook.activeSheet;
  const sheet = workbook.sheets.find((candidate) => candidate.name === shown) ?? workbook.sheets[0];
  if (!sheet) {
    return <div className={styles.empty}>Bảng tính trống. / The workbook is empty.</div>;
  }
  const selection =
    workbook.selection && workbook.selection.sheet === sheet.name
      ? workbook.selection.address
      : null;
  return (
    <div className={styles.root}>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={sheet.name}
        onTabSelect={(_, data) =>
          setChosen({ sheet: String(data.value), revision: props.revision })
        }
        aria-label="Các trang / Sheets"
      >
        {workbook.sheets.map((candidate) => (
          <Tab
            key={candidate.name}
            value={candidate.name}
            className={candidate.visibility ? styles.hidden : undefined}
          >
            {candidate.name}
            {candidate.visibility ? HIDDEN_MARK : ""}
          </Tab>
        ))}
      </TabList>
      <div className={styles.grid}>
        <SheetView
          sheet={sheet}
          selection={selection}
          label={`Trang ${sheet.name} / Sheet ${sheet.name}`}
          onEdit={(address, text) => {
            props.onEdit(sheet.name, address, text);
            setEdits((value) => value + 1);
          }}
        />
      </div>
    </div>
  );
}
