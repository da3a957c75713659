/**
 * jsdom lacks what Fluent UI v9 measures with: ResizeObserver (overflow, positioning) and
 * matchMedia (reduced-motion checks). Minimal no-op stand-ins are enough for rendering.
 */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof window !== "undefined") {
  if (!("ResizeObserver" in window)) {
    Object.defineProperty(window, "ResizeObserver", {
      writable: true,
      configurable: true,
      value: ResizeObserverStub,
    });
  }
  if (typeof window.matchMedia !== "function") {
    Object.defineProperty(window, "matchMedia", {
      writable: true,
      configurable: true,
      value: (query: string): MediaQueryList =>
        ({
          matches: false,
          media: query,
          onchange: null,
          addListener: () => undefined,
          removeListener: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
          dispatchEvent: () => false,
        }) as MediaQueryList,
    });
  }
  // Fluent's motion components call element.animate; jsdom has no Web Animations.
  if (typeof Element !== "undefined" && typeof Element.prototype.animate !== "function") {
    Element.prototype.animate = function animate(): Animation {
      const a = {
        finished: Promise.resolve(),
        cancel: () => undefined,
        finish: () => undefined,
        play: () => undefined,
        pause: () => undefined,
        persist: () => undefined,
        onfinish: null,
        playState: "finished",
        currentTime: 0,
        addEventListener: () => undefined,
        removeEventListener: () => undefined,
      };
      return a as unknown as Animation;
    };
  }
}
