// Fleets the lending tests share, with their provenance.
import type { Fleet } from '../../src/model/debtService.ts';

/**
 * 1,000 Antminer S21 XP Hydros (473 TH/s, 5,676 W: the capitulation feature's figures) on $0.06/kWh
 * (f2pool's tariff), with $50,000 a month of other costs (ours), switched off in losing months.
 */
export const hydroFleet: Fleet = {
  machine: { terahashPerSecond: 473, watts: 5_676 },
  units: 1_000,
  usdPerKwh: 0.06,
  uptimeFraction: 1,
  poolFeeFraction: 0,
  opexUsdPerMonth: 50_000,
  mode: 'curtail',
};
