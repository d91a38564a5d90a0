// After a tally: how many people fall in each band, in the regulation's words.

import { Badge, makeStyles, tokens, type BadgeProps } from "@fluentui/react-components";
import { Fragment } from "react";
import type { TallyOutcome } from "../excel/host";
import type { Band, Lang, RegulationId } from "../rules/types";
import { formatCount, STRINGS } from "./strings";

const useStyles = makeStyles({
  list: {
    display: "grid",
    gridTemplateColumns: "1fr auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
    margin: 0,
  },
  value: { margin: 0, textAlign: "end" },
});

// Those not voted on are neither good nor bad news: a soft brand tint, legible in both themes.
const ROWS: readonly {
  band: Band | "excluded";
  color: BadgeProps["color"];
  appearance: BadgeProps["appearance"];
}[] = [
  { band: "none", color: "success", appearance: "filled" },
  { band: "over-half", color: "warning", appearance: "filled" },
  { band: "two-thirds", color: "danger", appearance: "filled" },
  { band: "excluded", color: "brand", appearance: "tint" },
];

export function BandCounts(props: {
  readonly bands: TallyOutcome["bands"];
  readonly regulation: RegulationId | null;
  readonly lang: Lang;
  readonly label: string;
}) {
  const styles = useStyles();
  const s = STRINGS[props.lang];
  return (
    <dl className={styles.list} aria-label={props.label}>
      {ROWS.map(({ band, color, appearance }) => (
        <Fragment key={band}>
          <dt>{s.bandLabel(band, props.regulation)}</dt>
          <dd className={styles.value}>
            <Badge appearance={props.bands[band] > 0 ? appearance : "outline"} color={color}>
              {formatCount(props.bands[band], props.lang)}
            </Badge>
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}
