// What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar watches its own width to
// reflow). Nothing is ever resized in jsdom, so an observer that never reports is faithful.

class QuietResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

globalThis.ResizeObserver ??= QuietResizeObserver;
