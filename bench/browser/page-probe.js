// Installed in every document of the bench's pages (context.addInitScript) before the app runs.
// Everything here measures inside the page, on the page's own clock (performance.now(), whose
// zero is the navigation start), so the driver's round trips never count.
(() => {
  const b = (window.__bench = { events: [], firstInput: [], problems: [] });

  // Event Timing: every event of 16 ms or more (the API's floor), with its interactionId, and
  // the time its handlers ran (processingEnd - processingStart, unrounded): the page's own
  // script, including the render it starts in microtasks, apart from the browser's frame.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.events.push({
          name: e.name, id: e.interactionId, duration: e.duration, start: e.startTime,
          processing: e.processingEnd - e.processingStart,
        });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    // The first input is always reported, whatever its duration: proof that the observer works.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.firstInput.push({ name: e.name, duration: e.duration });
    }).observe({ type: 'first-input', buffered: true });
  } catch (error) {
    b.problems.push(`Event Timing unavailable: ${error}`);
  }

  const visible = (el) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0
      && (el.checkVisibility ? el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) : true);
  };
  /** The first visible element matching `selector` (and whose text is `text`, when given). */
  b.find = (selector, text) => {
    for (const el of document.querySelectorAll(selector)) {
      if ((text == null || el.textContent.trim() === text) && visible(el)) return el;
    }
    return null;
  };

  // The home screen: the first frame in which a "Start a new audit" button is visible, in ms
  // since navigation start (on a visit to the home screen, the first screen's button). Only on
  // the home route, and for 60 s at most, so that the polling never runs while interactions are
  // measured.
  // An audit opened from its address: the first frame with a visible answer button.
  const watch = (found, key) => {
    const poll = () => {
      if (found()) b[key] = performance.now();
      else if (performance.now() < 60000) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };
  if (window === window.top && (location.hash === '' || location.hash === '#/' || location.hash === '#')) {
    watch(() => b.find('button', 'Start a new audit'), 'homeVisible');
    // The app's own home screen in place of the first screen (src/first_screen.rs): its list of
    // audits and everything else the home screen offers.
    watch(() => document.querySelector('#import-signed') && !document.getElementById('first-screen'), 'appHome');
  } else if (window === window.top && location.hash.startsWith('#/audit/')) {
    watch(() => b.find('[data-question] button[data-answer]'), 'auditVisible');
  }

  /**
   * Arms a timer: from the next `eventType` event (its timeStamp, on capture) to the first frame in
   * which `selector` (with `text`) is visible. `window.__bench.pending` resolves to {start, end}.
   */
  b.until = (eventType, selector, text) => {
    b.pending = new Promise((done) => {
      addEventListener(eventType, (event) => {
        const start = event.timeStamp;
        const poll = () => {
          if (b.find(selector, text)) done({ start, end: performance.now() });
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }, { capture: true, once: true });
    });
  };
})();
