// Terms and their values in two columns (a description list): the meeting's figures, the people
// per band. Numbers line up on the right.

import { makeStyles, tokens } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, textAlign: "end", fontVariantNumeric: "tabular-nums" },
});

export interface Figure {
  readonly term: string;
  readonly value: ReactNode;
}

export function FigureList(props: { readonly label: string; readonly figures: readonly Figure[] }) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={props.label}>
      {props.figures.map(({ term, value }) => (
        <Fragment key={term}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
