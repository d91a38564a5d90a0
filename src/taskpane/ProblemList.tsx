// The check's errors and warnings, errors first. A problem that names a cell is a button that
// selects the cell in the workbook, so the user goes straight to what needs fixing.

import { Badge, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ProblemView } from "../excel/host";
import type { Lang } from "../rules/types";
import { cellPlace, STRINGS } from "./strings";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    textAlign: "start",
  },
  // A thick coloured edge: the severity is seen before it is read.
  error: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftColor: tokens.colorStatusDangerBorder2,
  },
  warning: {
    borderLeftWidth: tokens.strokeWidthThickest,
    borderLeftColor: tokens.colorStatusWarningBorder2,
  },
  choosable: {
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
  },
  line: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  code: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground2 },
  place: { marginInlineStart: "auto", color: tokens.colorBrandForegroundLink },
  action: { color: tokens.colorNeutralForeground2 },
  actionLabel: { fontWeight: tokens.fontWeightSemibold },
});

/** Errors before warnings, otherwise in the host's order. */
function errorsFirst(problems: readonly ProblemView[]): ProblemView[] {
  return [...problems].sort(
    (a, b) => Number(a.severity === "warning") - Number(b.severity === "warning")
  );
}

export function ProblemList(props: {
  readonly problems: readonly ProblemView[];
  readonly lang: Lang;
  readonly onSelectCell: (sheet: string, cell: string) => void;
}) {
  const styles = useStyles();
  const s = STRINGS[props.lang];
  if (props.problems.length === 0) return <Caption1>{s.noProblems}</Caption1>;
  return (
    <ul className={styles.list} aria-label={s.problemsHeading}>
      {errorsFirst(props.problems).map((problem, index) => {
        const { sheet, cell } = problem;
        const place = sheet && cell ? cellPlace(sheet, cell) : null;
        const itemClass = mergeClasses(
          styles.item,
          problem.severity === "error" ? styles.error : styles.warning
        );
        const content = (
          <>
            <span className={styles.line}>
              <Badge
                appearance="tint"
                color={problem.severity === "error" ? "danger" : "warning"}
                size="small"
              >
                {s.severity[problem.severity]}
              </Badge>
              <span className={styles.code}>{problem.code}</span>
              {place && (
                <span className={styles.place}>
                  {s.cellLabel} {place}
                </span>
              )}
            </span>
            <span>{problem.message}</span>
            {problem.action && (
              <span className={styles.action}>
                <span className={styles.actionLabel}>{s.actionLabel}:</span> {problem.action}
              </span>
            )}
          </>
        );
        return (
          <li key={`${problem.code}-${index}`}>
            {sheet && cell && place ? (
              <button
                type="button"
                className={mergeClasses(itemClass, styles.choosable)}
                title={s.goToCell(place)}
                onClick={() => props.onSelectCell(sheet, cell)}
              >
                {content}
              </button>
            ) : (
              <div className={itemClass}>{content}</div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
