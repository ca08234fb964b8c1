import { number, percent, usd, usdCompact, usdFine, usdPerKwh, usdPerMwh, usdWhole } from './index.ts';

/**
 * The formatters a live sentence may name (`<Live format="…">`) when it wants a metric written
 * otherwise than the figure writes it: percent0 → "23%", usdWhole → "$3,290".
 */
export const formatters = {
  usd,
  usdWhole,
  usdCompact,
  usdFine,
  usdPerKwh,
  usdPerMwh,
  percent0: (x: number) => percent(x, 0),
  percent1: (x: number) => percent(x, 1),
  number0: (x: number) => number(x, 0),
  number1: (x: number) => number(x, 1),
} as const;
export type FormatName = keyof typeof formatters;
