/** `2026-11-27T10:42:07.000Z` -> { time: "10:42:07", date: "27 Nov 2026" } in UTC, the sandbox's zone. */
export function formatVirtualTime(iso: string): { readonly time: string; readonly date: string } | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  return {
    time: date.toLocaleTimeString('en-GB', { timeZone: 'UTC', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false }),
    date: date.toLocaleDateString('en-GB', { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
  };
}
