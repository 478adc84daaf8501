// English strings for a database that is down or saturated: the panel pages show instead of their content, and the
// result a server action gives. Spread into ./en.ts.

export const faultsEn = {
  "faults.unavailable.title": "Database unavailable",
  "faults.unavailable.body":
    "Risk Ops cannot reach its database right now. Nothing you have not yet saved was lost; try again in a moment.",
  "faults.busy.title": "Risk Ops is busy",
  "faults.busy.body": "Too many requests are waiting for the database right now. Try again in a few seconds.",
  "faults.retry": "Try again",
  "faults.action.unavailable": "The database is unavailable, so nothing was saved. Try again in a moment.",
  "faults.action.busy": "The database is busy, so nothing was saved. Try again in a few seconds.",
} as const;
