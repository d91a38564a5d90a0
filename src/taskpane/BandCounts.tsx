// After a tally: how many people fall in each band, in the regulation's words.

import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { TallyOutcome } from "../excel/host";
import type { Band, Lang, RegulationId } from "../rules/types";
import { FigureList } from "./FigureList";
import { formatCount, STRINGS } from "./strings";

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
  readonly bands: Extract<TallyOutcome, { written: true }>["bands"];
  readonly regulation: RegulationId | null;
  readonly lang: Lang;
  readonly label: string;
}) {
  const s = STRINGS[props.lang];
  const figures = ROWS.map(({ band, color, appearance }) => ({
    term: s.bandLabel(band, props.regulation),
    value: (
      <Badge appearance={props.bands[band] > 0 ? appearance : "outline"} color={color}>
        {formatCount(props.bands[band], props.lang)}
      </Badge>
    ),
  }));
  return <FigureList label={props.label} figures={figures} />;
}
