// The task pane page's entry: wait for Office (office.js is loaded by taskpane.html from
// Microsoft's CDN), then render the pane over Excel, or say clearly why it cannot start.

import { FluentProvider, webLightTheme, type Theme } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { createExcelHost } from "../excel/addin-host";
import { officeSupport, runExcel } from "../excel/run";
import { languageFromOffice, themeFromOffice } from "./office-context";
import { waitForExcel } from "./startup";
import { StartupMessage } from "./StartupMessage";
import { TaskPane } from "./TaskPane";

const container = document.getElementById("root");
if (!container) throw new Error("taskpane.html has no #root element");
const root = createRoot(container);

function show(theme: Theme, content: ReactNode): void {
  // The page around the pane takes the theme's background too: no white edge in a dark Office.
  document.body.style.backgroundColor = theme.colorNeutralBackground1;
  root.render(<FluentProvider theme={theme}>{content}</FluentProvider>);
}

async function start(): Promise<void> {
  // office.js defines the global Office; when the CDN could not be reached it is missing.
  const state = await waitForExcel(typeof Office === "undefined" ? undefined : Office);
  if (state.kind !== "ready") {
    show(webLightTheme, <StartupMessage state={state.kind} />);
    return;
  }
  const { context } = Office;
  // Older Excel has no officeTheme; the light theme then.
  const theme = themeFromOffice(context.officeTheme?.bodyBackgroundColor);
  const host = createExcelHost({ run: runExcel, support: officeSupport() });
  show(theme, <TaskPane host={host} initialLang={languageFromOffice(context.displayLanguage)} />);
}

void start();
