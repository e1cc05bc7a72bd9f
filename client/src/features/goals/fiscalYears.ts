/** "FY2022–FY2026", or "FY2024" for a one-year plan. */
export function fiscalYears(first: number, last: number): string {
  return first === last ? `FY${first}` : `FY${first}–FY${last}`;
}
