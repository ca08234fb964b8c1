// The example formula cells of the essay's formula blocks, and what they give at the dated
// defaults worked out again with the model (not the formula engine), so a test can hold the
// engine's answer to the model's and the prose to both.
import { hashpriceUsdPerThDay } from '../model/hashprice.ts';
import { rewardMarketInputs } from '../scenario/market.ts';
import { defaultScenario } from '../scenario/schema.ts';
import { defaultSeedCells } from '../figures/formulas.ts';

const s = defaultScenario();

/**
 * Chapter 1: 300 S19j Pros (100 TH/s, 3,050 W) at an all-in hosting rate of $0.075 per kWh, a
 * rate we chose to show the sum (the documents give none). At the defaults each earns
 * 100 × $0.03396 = $3.40 a day and pays 3.05 kW × 24 h × $0.075 = $5.49 for power.
 */
export const chapter1Seed = defaultSeedCells;
const revenueUsdPerDay = 100 * hashpriceUsdPerThDay(rewardMarketInputs(s));
const hostingUsdPerDay = 3.05 * 24 * 0.075;
export const chapter1Example = { units: 300, revenueUsdPerDay, hostingUsdPerDay, fleetUsdPerDay: 300 * (revenueUsdPerDay - hostingUsdPerDay) };

/**
 * Chapter 4: the debt-service figure's payment, backed out of its cash flow and DSCR, and the
 * cover after other costs rise by $20,000 a month.
 */
export const chapter4ExtraUsdPerMonth = 20_000;
export const chapter4Seed: readonly string[] = [`extra = ${chapter4ExtraUsdPerMonth} USD/month`, 'payment = cash_flow_month / dscr to USD/month', '(cash_flow_month - extra) / payment'];
