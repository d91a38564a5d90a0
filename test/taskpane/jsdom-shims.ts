// What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar watches its own width to
// reflow). Nothing is ever resized in jsdom, so an observer that never reports is faithful.

import { configure } from "@testing-library/react";

class QuietResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= QuietResizeObserver;

// Testing Library waits one second by default for the pane to settle; on a shared two-core machine
// running Chromium and LibreOffice beside these tests, a render can take longer than that.
configure({ asyncUtilTimeout: 5_000 });
