// The task pane: check the workbook, tally and write, create a template, settings. Designed for
// Office's default 350 px pane. It knows the workbook only through the AddinHost it is given.

import {
  Caption1,
  Label,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Title3,
  tokens,
  useId,
} from "@fluentui/react-components";
import iconUrl from "../../assets/icon.svg";
import type { AddinHost } from "../excel/host";
import type { Lang } from "../rules/types";
import { BallotsSection } from "./BallotsSection";
import { CheckSection } from "./CheckSection";
import { ConsolidateSection } from "./ConsolidateSection";
import { SettingsSection } from "./SettingsSection";
import { LANGS, LANGUAGE_LABEL, STRINGS } from "./strings";
import { TallySection } from "./TallySection";
import { TemplateSection } from "./TemplateSection";
import { usePane } from "./use-pane";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100%",
    boxSizing: "border-box",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
  },
  titles: { display: "flex", flexDirection: "column" },
  title: { margin: 0 },
  language: {
    gridColumn: "1 / -1",
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
  },
  failure: { margin: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
  details: { marginTop: tokens.spacingVerticalXS },
  // Office's messages can be long and unbroken: they wrap instead of widening the pane.
  detailText: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  // Read by screen readers, not shown: the visible outcome is in each section already.
  liveRegion: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface TaskPaneProps {
  readonly host: AddinHost;
  /** From Office's display language; the user can change it in the pane. */
  readonly initialLang: Lang;
}

export function TaskPane({ host, initialLang }: TaskPaneProps) {
  const styles = useStyles();
  const pane = usePane(host, initialLang);
  const languageId = useId("language");
  const s = STRINGS[pane.lang];
  return (
    <main className={styles.root} lang={pane.lang}>
      <header className={styles.header}>
        <img src={iconUrl} width={32} height={32} alt="" />
        <div className={styles.titles}>
          <Title3 as="h1" className={styles.title}>
            {s.title}
          </Title3>
          <Caption1>{s.subtitle}</Caption1>
        </div>
        <div className={styles.language}>
          <Label htmlFor={languageId}>{LANGUAGE_LABEL}</Label>
          <Select
            id={languageId}
            value={pane.lang}
            disabled={pane.busy !== null}
            onChange={(_, data) => {
              const lang = LANGS.find((known) => known === data.value);
              if (lang) pane.setLang(lang);
            }}
          >
            {LANGS.map((lang) => (
              <option key={lang} value={lang} lang={lang}>
                {s.languageNames[lang]}
              </option>
            ))}
          </Select>
        </div>
      </header>
      {pane.failure && (
        <MessageBar intent="error" layout="multiline" className={styles.failure}>
          <MessageBarBody>
            <MessageBarTitle>{s.hostFailedTitle}</MessageBarTitle>
            {pane.failure.message?.[pane.lang] ?? s.hostFailedMessage}
            <details className={styles.details}>
              <summary>{s.technicalDetails}</summary>
              <span className={styles.detailText}>{pane.failure.detail}</span>
            </details>
          </MessageBarBody>
        </MessageBar>
      )}
      <CheckSection pane={pane} />
      <TallySection pane={pane} />
      <BallotsSection pane={pane} />
      <ConsolidateSection pane={pane} />
      <TemplateSection pane={pane} />
      <SettingsSection pane={pane} />
      <div role="status" aria-live="polite" className={styles.liveRegion}>
        {pane.announcement}
      </div>
    </main>
  );
}
