// Shared by the corrective-action tests: days as the browser counts them, and touch targets.

/** The browser's own calendar day, `YYYY-MM-DD`, `days` from today (the app's "today"). */
export function browserDay(page, days = 0) {
  return page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    const pad = (n) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  }, days);
}

/** `day` (`YYYY-MM-DD`) plus `days`, on the calendar (UTC arithmetic, no time zone involved). */
export function plusDays(day, days) {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Every control visible on the screen smaller than 44 × 44 CSS pixels, as `tag.class "text"
 * w×h` lines. Exempt: elements that take focus only from the app (tabindex="-1": headings
 * and cards the page moves focus to) and the selectors in `exempt` (inline text links inside
 * sentences, WCAG 2.5.8), which the caller names explicitly.
 */
export function smallTargets(page, exempt = []) {
  return page.evaluate((exempt) => {
    const controls = document.querySelectorAll('a, button, input, select, textarea, summary, [tabindex]');
    return [...controls]
      .filter((c) => c.getAttribute('tabindex') !== '-1' && !exempt.some((s) => c.matches(s)))
      .filter((c) => c.checkVisibility() && c.getClientRects().length > 0)
      .map((c) => ({ c, r: c.getBoundingClientRect() }))
      .filter(({ r }) => r.width < 44 || r.height < 44)
      .map(({ c, r }) => `${c.tagName.toLowerCase()}.${c.className} "${c.textContent.trim().slice(0, 30)}" ${Math.round(r.width)}×${Math.round(r.height)}`);
  }, exempt);
}
