import type { Figure } from './types.ts';

/**
 * The essay's claims that depend on the scenario. Each names the registered figure it reads and
 * the variants its sentence comes in; `pick` chooses one from the figure's metrics. A chapter
 * writes every variant (`<Claim name="…">` with one slot per variant, src/components/Claim.astro),
 * and a test checks both ways: every variant a claim can pick is written, and every written one
 * can be picked.
 */
export interface ClaimSpec {
  figure: string;
  variants: readonly string[];
  pick: (figure: Pick<Figure, 'metrics' | 'texts'>) => string;
}

const value = (f: Pick<Figure, 'metrics'>, name: string): number | undefined => f.metrics.find((m) => m.name === name)?.value;

export const claims = {
  /** How many of the machines compared lose money on power: none, some or all of them. */
  'machines-losing': {
    figure: 'machine-margins',
    variants: ['none', 'some', 'all'],
    pick: (f) => {
      const losing = value(f, 'machines-losing') ?? 0;
      return losing === 0 ? 'none' : losing >= (value(f, 'machine-count') ?? Infinity) ? 'all' : 'some';
    },
  },
  /** When the studied machine first loses money on power, against the next halving. */
  'first-losing-month': {
    figure: 'floor-value',
    variants: ['now', 'before-halving', 'at-halving', 'after-halving', 'never'],
    pick: (f) => {
      const loss = value(f, 'underwater-month');
      const halving = value(f, 'halving-month');
      if (loss === undefined) return 'never';
      if (loss === 0) return 'now';
      if (halving === undefined || loss < halving) return 'before-halving';
      return loss === halving ? 'at-halving' : 'after-halving';
    },
  },
  /** Whether the machine's undiscounted profit, switching off, ever repays its purchase price. */
  'buyer-recovers': {
    figure: 'floor-value',
    variants: ['never', 'repays'],
    pick: (f) => ((value(f, 'lifetime-profit-curtail') ?? 0) >= (value(f, 'purchase-usd') ?? Infinity) ? 'repays' : 'never'),
  },
  /** Whether the studied machine has a losing month on the cheap power. */
  'cheap-power-losses': {
    figure: 'energy-position',
    variants: ['none', 'some'],
    pick: (f) => ((value(f, 'losing-months-low') ?? 0) > 0 ? 'some' : 'none'),
  },
  /** Which path difficulty follows in the projection: hashrate that answers hashprice, or the fixed trend. */
  'difficulty-path': {
    figure: 'floor-value',
    variants: ['respond', 'trend'],
    pick: (f) => (f.texts?.['hashrate-path'] === 'trend' ? 'trend' : 'respond'),
  },
  /** Whether the studied machine loses money in any month on the other path (the contrast chapter 2 draws). */
  'other-path-losses': {
    figure: 'floor-value',
    variants: ['none', 'some'],
    pick: (f) => ((value(f, 'losing-months-other-path') ?? 0) > 0 ? 'some' : 'none'),
  },
  /** Whether the next halving falls within the machine's remaining life. */
  'halving-in-horizon': {
    figure: 'floor-value',
    variants: ['within', 'beyond'],
    pick: (f) => (value(f, 'halving-month') === undefined ? 'beyond' : 'within'),
  },
  /** Chapter 3: which way one retarget moves difficulty after a hashrate change (and whether the ÷4 clamp stops it short). */
  'retarget-direction': {
    figure: 'retarget',
    variants: ['falls', 'clamped', 'rises', 'steady'],
    pick: (f) => {
      const ratio = 600 / (value(f, 'block-time-s') ?? 600); // hashrate after the change ÷ before
      const moved = 1 + (value(f, 'difficulty-change') ?? 0); // next difficulty ÷ this one
      if (Math.abs(ratio - 1) < 1e-9) return 'steady';
      if (ratio > 1) return 'rises';
      return moved > ratio * (1 + 1e-9) ? 'clamped' : 'falls';
    },
  },
  /** Chapter 3: how much of the fleet mix is underwater at today's hashprice: none, some or all of it. */
  'fleet-underwater': {
    figure: 'cost-curve',
    variants: ['none', 'some', 'all'],
    pick: (f) => {
      const under = value(f, 'share-underwater') ?? 0;
      return under <= 1e-12 ? 'none' : under >= 1 - 1e-12 ? 'all' : 'some';
    },
  },
  /** Chapter 3: whether the studied machine covers its power at today's hashprice (breakeven at or below it). */
  'machine-covers-power': {
    figure: 'cost-curve',
    variants: ['covers', 'loses'],
    pick: (f) => ((value(f, 'machine-breakeven-hashprice') ?? Infinity) <= (value(f, 'hashprice-today') ?? 0) ? 'covers' : 'loses'),
  },
  /** Chapter 3: on which paths the studied machine has losing months (the responding path never has more than the trend). */
  'response-losing-months': {
    figure: 'hashrate-response',
    variants: ['neither', 'trend-only', 'both'],
    pick: (f) => ((value(f, 'losing-months-respond') ?? 0) > 0 ? 'both' : (value(f, 'losing-months-trend') ?? 0) > 0 ? 'trend-only' : 'neither'),
  },
  /** Chapter 3: whether fees pay any of the security budget. */
  'fee-share': {
    figure: 'security-budget',
    variants: ['none', 'some'],
    pick: (f) => ((value(f, 'fee-share') ?? 0) > 0 ? 'some' : 'none'),
  },
  /** Chapter 4: whether the fleet's cash flow covers today's payment (DSCR at least 1). */
  'debt-covered-today': {
    figure: 'debt-service',
    variants: ['covered', 'short'],
    pick: (f) => ((value(f, 'dscr') ?? 0) >= 1 ? 'covered' : 'short'),
  },
  /** Chapter 4: whether the hashprice at which DSCR = 1 sits below the lowest hashprice the documents report. */
  'breakeven-vs-lowest': {
    figure: 'debt-service',
    variants: ['below', 'above'],
    pick: (f) => ((value(f, 'breakeven-hashprice-debt') ?? Infinity) < (value(f, 'lowest-hashprice-reported') ?? 0) ? 'below' : 'above'),
  },
  /** Chapter 4: whether LTV crosses the margin-call threshold within the term on the projection. */
  'margin-call': {
    figure: 'debt-service',
    variants: ['none', 'called'],
    pick: (f) => (value(f, 'margin-call-month') === undefined ? 'none' : 'called'),
  },
  /** Chapter 4: months with DSCR below 1, fixed against hashprice-linked payments. */
  'linked-breaches': {
    figure: 'linked-payments',
    variants: ['neither', 'fewer', 'not-fewer'],
    pick: (f) => {
      const fixed = value(f, 'breach-months-fixed') ?? 0;
      const linked = value(f, 'breach-months-linked') ?? 0;
      if (fixed === 0 && linked === 0) return 'neither';
      return linked < fixed ? 'fewer' : 'not-fewer';
    },
  },
  /** Chapter 4: whether the bitcoin loan's DSCR reaches 1 at a lower BTC price than the dollar loan's (it does whenever today's DSCR is above 1). */
  'btc-loan-breakeven': {
    figure: 'loan-denomination',
    variants: ['lower', 'higher'],
    pick: (f) => (f.texts?.['btc-loan-safer'] === 'lower' ? 'lower' : 'higher'),
  },
  /** Chapter 5: whether the host runs out of cash within the 24 months of its spot path. */
  'host-cash-out': {
    figure: 'hosting',
    variants: ['runs-dry', 'holds'],
    pick: (f) => (value(f, 'host-cash-out-month') === undefined ? 'holds' : 'runs-dry'),
  },
  /** Chapter 5: whether mining or the AI lease is worth more over the lease, discounted. */
  'site-better-use': {
    figure: 'site-use',
    variants: ['lease', 'mining'],
    pick: (f) => ((value(f, 'npv-ai-usd') ?? 0) > (value(f, 'npv-mining-usd') ?? 0) ? 'lease' : 'mining'),
  },
} satisfies Record<string, ClaimSpec>;

export type ClaimName = keyof typeof claims;

/**
 * The variant of a claim a figure calls for.
 *
 * @example
 * claimVariant('first-losing-month', floorValueFigure(defaultScenario(), context)) // "never" (hashrate responds)
 */
export function claimVariant(name: string, figure: Pick<Figure, 'metrics' | 'texts'>): string {
  const spec = (claims as Record<string, ClaimSpec>)[name];
  if (!spec) throw new Error(`no claim "${name}"; claims are: ${Object.keys(claims).join(', ')}`);
  return spec.pick(figure);
}
