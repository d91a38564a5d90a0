// One titled part of the pane: a landmark a screen reader can jump to by its heading, and the
// headings inside it.

import { makeStyles, Subtitle2, tokens, useId } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  subheading: { margin: `${tokens.spacingVerticalS} 0 0` },
});

export function Section(props: { readonly title: string; readonly children: ReactNode }) {
  const styles = useStyles();
  const headingId = useId("section");
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId} className={styles.heading}>
        {props.title}
      </Subtitle2>
      {props.children}
    </section>
  );
}

/** A heading inside a section, e.g. the meeting's figures within Check. */
export function Subheading(props: { readonly children: ReactNode }) {
  const styles = useStyles();
  return (
    <Subtitle2 as="h3" className={styles.subheading}>
      {props.children}
    </Subtitle2>
  );
}
