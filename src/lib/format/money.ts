/** Whole-dollar amounts as "$1,500". Integers only: prices in content are whole dollars. */
export function formatUsd(dollars: number): string {
  if (!Number.isSafeInteger(dollars)) throw new Error(`Not a whole number of dollars: ${dollars}`);
  const sign = dollars < 0 ? '-' : '';
  return `${sign}$${Math.abs(dollars)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** "$500–$2,500" (en dash), or one figure when low equals high. */
export const formatUsdRange = (low: number, high: number): string =>
  low === high ? formatUsd(low) : `${formatUsd(low)}–${formatUsd(high)}`;
