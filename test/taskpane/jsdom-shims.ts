// What jsdom lacks and the pane uses: ResizeObserver (Fluent UI's MessageBar watches its own
// width to reflow), Blob.arrayBuffer (files chosen to consolidate). Nothing is ever resized in
// jsdom, so an observer that never reports is faithful.

import { configure } from "@testing-library/react";

class QuietResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= QuietResizeObserver;

// jsdom's Blob (and so File) has no arrayBuffer(), which every browser the pane supports has; its
// FileReader reads the same bytes.
Blob.prototype.arrayBuffer ??= function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(this);
  });
};

// Testing Library waits one second by default for the pane to settle; on a shared two-core machine
// running Chromium and LibreOffice beside these tests, a render can take longer than that.
configure({ asyncUtilTimeout: 5_000 });
