// What the pane takes from Office's context before it starts: the display language and the
// theme. Plain functions of the values Office reports, so that they are tested without Office.

import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { Lang } from "../rules/types";

/** Vietnamese for a Vietnamese Office ("vi-VN") and when Office does not say; English for any
 * other display language, which a user of another language is likelier to read. */
export function languageFromOffice(displayLanguage: string | undefined): Lang {
  if (!displayLanguage) return "vi";
  return displayLanguage.toLowerCase().startsWith("vi") ? "vi" : "en";
}

/** The dark theme when Office's task pane background is dark (Office's "Black" and "Dark Gray"
 * themes), the light one otherwise or when Office does not report a theme. */
export function themeFromOffice(bodyBackgroundColor: string | undefined): Theme {
  const rgb = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(bodyBackgroundColor ?? "");
  if (!rgb) return webLightTheme;
  const [r, g, b] = rgb.slice(1, 4).map((hex) => parseInt(hex, 16) / 255) as [
    number,
    number,
    number,
  ];
  // Perceived lightness (Rec. 709 luma): below the middle the background reads as dark.
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? webDarkTheme : webLightTheme;
}
