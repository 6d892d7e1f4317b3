// Shared by the corrective-action tests: days as the browser counts them.

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
