// After a tally: how many people fall in each band, in the regulation's words (the names the
// roster, the Kết quả sheet and the command line use).

import { Badge, type BadgeProps } from "@fluentui/react-components";
import type { TallyOutcome } from "../excel/host";
import { bandName, bandsOf } from "../rules/regulations";
import type { Band, Lang, RegulationId } from "../rules/types";
import { ROSTER_HEADERS } from "../workbook/vocabulary";
import { FigureList } from "./FigureList";
import { formatCount } from "./strings";

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
  readonly regulation: RegulationId;
  readonly lang: Lang;
  readonly label: string;
}) {
  const { regulation, lang } = props;
  // Only the bands the regulation has: a no-confidence vote has no two-thirds band.
  const rows = ROWS.filter(({ band }) => band === "excluded" || bandsOf(regulation).includes(band));
  const figures = rows.map(({ band, color, appearance }) => ({
    term: band === "excluded" ? ROSTER_HEADERS.exclusion[lang] : bandName(regulation, band, lang),
    value: (
      <Badge appearance={props.bands[band] > 0 ? appearance : "outline"} color={color}>
        {formatCount(props.bands[band], lang)}
      </Badge>
    ),
  }));
  return <FigureList label={props.label} figures={figures} />;
}
