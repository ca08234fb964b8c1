// Hosting contracts: a host buys power at spot and sells it to its mining clients either at a
// fixed price or passed through at spot plus a spread. Month by month (30.4375 days) the host
// keeps (sell − spot) × energy, the client keeps its mining revenue less its hosting bill, and the
// host's cash — the clients' deposits when the host may spend them, nothing when they sit in
// escrow — absorbs the host's losses. The month the cash goes below zero is the month a
// fixed-price host cannot pay its power bill.
import { daysPerMonth } from './constants.ts';
import { requireFraction, requireNonNegative } from './errors.ts';

export type HostingContract = { kind: 'fixed'; priceUsdPerKwh: number } | { kind: 'pass'; spreadUsdPerKwh: number };

export interface HostingInputs {
  contract: HostingContract;
  /** The host's spot price month by month, USD per kWh. */
  spotUsdPerKwhByMonth: readonly number[];
  /** The clients' machines' draw, MW. */
  megawatts: number;
  uptimeFraction: number;
  /** The clients' mining revenue per kWh their machines draw (their breakeven power price), month by month, USD. */
  revenueUsdPerKwhByMonth: readonly number[];
  /** Clients' prepayment, in months of their first month's bill. */
  depositMonths: number;
  /** Whether the deposits sit in escrow (the host cannot spend them) or in the host's cash. */
  escrow: boolean;
}

export interface HostingMonth {
  month: number;
  spotUsdPerKwh: number;
  /** What the client pays per kWh this month. */
  priceUsdPerKwh: number;
  hostMarginUsd: number;
  clientMarginUsd: number;
  /** The host's cash at the end of the month. */
  hostCashUsd: number;
}

export interface HostingPath {
  months: HostingMonth[];
  /** The clients' deposit, USD. */
  depositUsd: number;
  /** First month the host's cash is below zero, or null. */
  cashOutMonth: number | null;
  /** Of the deposits, what clients lose when the host runs out of cash: all of it unless escrowed, USD. */
  depositLostUsd: number;
}

function checkContract(contract: HostingContract): void {
  if (contract.kind === 'fixed') requireNonNegative('priceUsdPerKwh', contract.priceUsdPerKwh);
  else requireNonNegative('spreadUsdPerKwh', contract.spreadUsdPerKwh);
}

/** The price a client pays per kWh in a month of spot `spot`. */
export function hostingPriceUsdPerKwh(contract: HostingContract, spotUsdPerKwh: number): number {
  checkContract(contract);
  requireNonNegative('spotUsdPerKwh', spotUsdPerKwh);
  return contract.kind === 'fixed' ? contract.priceUsdPerKwh : spotUsdPerKwh + contract.spreadUsdPerKwh;
}

/**
 * The contract month by month along a spot path.
 *
 * @example
 * // 1 MW at full uptime (730.5 MWh a month), fixed at $0.06, spot $0.04 then $0.10, clients earning $0.12/kWh, 1 month's deposit:
 * const p = hostingPath({ contract: { kind: 'fixed', priceUsdPerKwh: 0.06 }, spotUsdPerKwhByMonth: [0.04, 0.1], megawatts: 1, uptimeFraction: 1, revenueUsdPerKwhByMonth: [0.12, 0.12], depositMonths: 1, escrow: false });
 * p.months[0].hostMarginUsd // 730,500 kWh × 0.02 = 14,610
 * p.months[1].hostMarginUsd // 730,500 × −0.04 = −29,220; cash 43,830 + 14,610 − 29,220 = 29,220 (the deposit was 43,830)
 */
export function hostingPath(i: HostingInputs): HostingPath {
  requireNonNegative('megawatts', i.megawatts);
  requireFraction('uptimeFraction', i.uptimeFraction);
  requireNonNegative('depositMonths', i.depositMonths);
  checkContract(i.contract);
  // Every month's spot is checked before the deposit is priced off the first.
  i.spotUsdPerKwhByMonth.forEach((spot, month) => requireNonNegative(`spotUsdPerKwhByMonth[${month}]`, spot));
  const kwhPerMonth = i.megawatts * 1000 * 24 * daysPerMonth * i.uptimeFraction;
  const firstSpot = i.spotUsdPerKwhByMonth[0] ?? 0;
  const depositUsd = i.depositMonths * hostingPriceUsdPerKwh(i.contract, firstSpot) * kwhPerMonth;
  let cash = i.escrow ? 0 : depositUsd;
  let cashOutMonth: number | null = null;
  const months = i.spotUsdPerKwhByMonth.map((spot, month) => {
    const price = hostingPriceUsdPerKwh(i.contract, spot);
    const hostMarginUsd = (price - spot) * kwhPerMonth;
    const revenue = requireNonNegative(`revenueUsdPerKwhByMonth[${month}]`, i.revenueUsdPerKwhByMonth[month] ?? 0);
    const clientMarginUsd = (revenue - price) * kwhPerMonth;
    cash += hostMarginUsd;
    if (cashOutMonth === null && cash < 0) cashOutMonth = month;
    return { month, spotUsdPerKwh: spot, priceUsdPerKwh: price, hostMarginUsd, clientMarginUsd, hostCashUsd: cash };
  });
  return { months, depositUsd, cashOutMonth, depositLostUsd: cashOutMonth !== null && !i.escrow ? depositUsd : 0 };
}

/** The illustrative spot paths (multiples of the base price, 24 months), none of them from the documents. */
export const spotPathShapes = {
  /** The base price every month. */
  flat: Array.from({ length: 24 }, () => 1),
  /** One winter month at ten times the base (a storm), the rest at the base. */
  spike: Array.from({ length: 24 }, (_, m) => (m === 10 ? 10 : 1)),
  /** A year of rising prices to 2.8 times the base, a winter spike, then a slow fall: shaped after 2022's "41-year high", not measured. */
  '2022': [1, 1.15, 1.3, 1.45, 1.7, 2, 2.4, 2.8, 2.6, 2, 1.8, 3, 2.2, 1.8, 1.6, 1.5, 1.4, 1.3, 1.3, 1.2, 1.2, 1.1, 1.1, 1.1],
} as const satisfies Record<string, readonly number[]>;

export type SpotPathName = keyof typeof spotPathShapes;

/**
 * A spot path in USD per kWh: the shape times the base price.
 *
 * @example
 * spotPathUsdPerKwh('spike', 0.04)[10] // 0.4
 */
export function spotPathUsdPerKwh(name: SpotPathName, baseUsdPerKwh: number): number[] {
  requireNonNegative('baseUsdPerKwh', baseUsdPerKwh);
  return spotPathShapes[name].map((k) => k * baseUsdPerKwh);
}
