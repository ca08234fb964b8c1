/**
 * Chapter 7, "One cycle, dated": the timeline at the defaults, the presets and the numbers its prose
 * quotes. Its recomputations are the presets' (test/scenario/presets.test.ts recomputes each from
 * its settings); its ledger lists the facts it cites that no chapter recomputes.
 *
 * @example
 * chapter7Figures.hashpriceFall // 1 − 34 ÷ 270 ≈ 0.87, Q1 2021 to 2 Feb 2026
 */
import machinesJson from '../../content/machines.json' with { type: 'json' };
import type { MachineRef } from '../catalogue/machine.ts';
import { figureContextOf } from '../components/figureContextOf.ts';
import { timelineFigure } from '../figures/timeline.ts';
import { metric } from '../figures/types.ts';
import { hashpriceUsdPerThDay } from '../model/hashprice.ts';
import { networkHashrateEhPerSecond } from '../model/difficulty.ts';
import { rewardMarketInputs } from '../scenario/market.ts';
import { defaultScenario } from '../scenario/schema.ts';
import { preset } from '../scenario/presets.ts';
import type { ChapterLedger } from './ledger.ts';

const context = figureContextOf((machinesJson as MachineRef[]).map(({ id, maker, model, terahashPerSecond, watts, confirmed }) => ({ id, maker, model, terahashPerSecond, watts, confirmed })));
const timeline = timelineFigure(defaultScenario(), context);
const at = (id: string) => ({ ...defaultScenario(), ...preset(id).settings });
const hashpriceAt = (id: string) => hashpriceUsdPerThDay(rewardMarketInputs(at(id))) * 1000;

export const chapter7Ledger: ChapterLedger = {
  entries: [],
  citedWithoutRecomputation: {
    'S001-016': 'A reported quarterly average hashprice, plotted as given.',
    'S001-015': 'A reported quarterly average hashprice, plotted as given.',
    'S001-018': 'A reported quarterly average hashprice, plotted as given.',
    'S003-016': 'A hashprice reading from Luxor, plotted as given.',
    'S001-014': 'A reported price range for a quarter, plotted as a range.',
    'S001-017': 'A reported bound on the price in a quarter, plotted as a bound.',
    'S003-005': 'A reported all-time high, plotted as a bound.',
    'S001-012': 'A reported drawdown, placed as an event.',
    'S003-004': 'The year of the China ban, an event.',
    'S002-012': 'The year of a bankruptcy filing, an event.',
    'S001-095': 'The report’s expected halving month, an event.',
    'S000-001': 'The month of a bankruptcy filing, an event.',
    'S001-010': 'A forecast hashrate, an input to the April 2024 preset (recomputed there as a difficulty).',
    'S001-115': 'A forecast average price, an input to the April 2024 preset.',
    'S002-014': 'A reported network hashrate, turned into the autumn 2025 preset’s difficulty (recomputed by the presets’ test).',
    'S002-015': 'A bound on hashprice, the autumn 2025 preset’s anchor (its price is the one at which hashprice is exactly this; recomputed by the presets’ test).',
  },
};

export const chapter7Figures = {
  points: metric(timeline, 'points').value,
  hashpriceFirst: metric(timeline, 'hashprice-first').value,
  hashpriceLast: metric(timeline, 'hashprice-last').value,
  hashpriceFall: metric(timeline, 'hashprice-fall').value,
  presets: {
    nov2022HashpriceUsdPerPhDay: hashpriceAt('nov-2022-peak'),
    end2022Price: at('end-2022').price,
    halving2024Diff: at('halving-2024-forecast').diff,
    halving2024HashpriceUsdPerPhDay: hashpriceAt('halving-2024-forecast'),
    autumn2025Diff: at('autumn-2025').diff,
    autumn2025Price: at('autumn-2025').price,
    feb2026NetworkEh: networkHashrateEhPerSecond(at('feb-2026').diff),
  },
};
