// The scenario's network and projections: the fleet mix as the model reads it, the network's
// month-by-month path (the fixed trend, or hashrate answering hashprice) and the projection inputs
// for a machine. Apart from src/scenario/market.ts (today's market, which every page needs) so
// that only the pages whose figures project load this and the network model behind it.
import type { MachineSpec, MarketInputs } from '../model/machineEconomics.ts';
import type { ProjectionInputs } from '../model/projection.ts';
import { fleetCostCurve, type FleetSegment, type MachineClass, type PowerTier } from '../model/fleetCurve.ts';
import { networkPath, type NetworkMonth } from '../model/hashrateResponse.ts';
import { readMix, type MixEntry } from './fleetMix.ts';
import { effectiveSubsidyBtc, marketInputs, startHeight } from './market.ts';
import { defaultScenario, type Scenario } from './schema.ts';

const mixOr = (text: string, kind: 'fleet' | 'tiers'): MixEntry[] => {
  const r = readMix(text, kind);
  // The link parser never lets an unreadable mix through; a scenario built by hand falls back.
  return typeof r === 'string' ? (readMix(defaultScenario()[kind], kind) as MixEntry[]) : r;
};

/**
 * The network's fleet as the model reads it: machine classes and power tiers (shares as weights).
 *
 * @example
 * fleetInputs(defaultScenario()).classes[0] // { label: "12 J/TH", joulesPerTerahash: 12, share: 25 }
 */
export function fleetInputs(s: Pick<Scenario, 'fleet' | 'tiers'>): { classes: MachineClass[]; tiers: PowerTier[] } {
  return { classes: fleetClasses(s), tiers: mixOr(s.tiers, 'tiers').map((e) => ({ usdPerKwh: e.value, share: e.share })) };
}

/**
 * The network's machine classes alone (a figure that needs only efficiency reads only `fleet`).
 *
 * @example
 * fleetClasses(defaultScenario()).length // 5
 */
export function fleetClasses(s: Pick<Scenario, 'fleet'>): MachineClass[] {
  return mixOr(s.fleet, 'fleet').map((e) => ({ label: `${e.value} J/TH`, joulesPerTerahash: e.value, share: e.share }));
}

let curveKey = '';
let curve: FleetSegment[] = [];
/** The network's cost curve at a scenario's fleet mix (kept for the last mix asked). */
export function fleetCurveOf(s: Pick<Scenario, 'fleet' | 'tiers'>): FleetSegment[] {
  const key = `${s.fleet}|${s.tiers}`;
  if (key !== curveKey) {
    const { classes, tiers } = fleetInputs(s);
    curve = fleetCostCurve(classes, tiers);
    curveKey = key;
  }
  return curve;
}

/** Network paths kept for the last few scenarios (every chapter-2 figure asks for the same one). */
const paths = new Map<string, NetworkMonth[]>();
/**
 * The longest path computed for each of the last few markets, whatever horizon was asked: a path
 * is a prefix of any longer one (month m depends only on the months before it), so a new horizon
 * (a site's conversion time or lease term moving) is a slice of it, not a new 200-month run.
 */
const longest = new Map<string, NetworkMonth[]>();
/** Horizons past ten years are computed in whole decades, so nearby horizons share one run. */
const computedMonths = (months: number) => (months <= 120 ? months : Math.ceil(months / 120) * 120);

/**
 * The network's month-by-month difficulty at a scenario: the fixed trend, or hashrate responding
 * to hashprice through the fleet mix (`hashrate=respond`).
 *
 * @example
 * scenarioNetworkPath({ ...defaultScenario(), hashrate: 'trend' })[12].difficultyT // 141 × 1.02^12 ≈ 178.8
 * scenarioNetworkPath(defaultScenario(), 'trend') // the same: a figure that shows both paths names the one it wants
 * scenarioNetworkPath(defaultScenario(), 'respond', 195).length // 195: a horizon other than the machine's life (a site over a lease)
 */
export function scenarioNetworkPath(s: Scenario, hashrate: string = s.hashrate, months: number = s.life): NetworkMonth[] {
  const respond = hashrate !== 'trend';
  const subsidy = effectiveSubsidyBtc(s);
  const market = [s.price, s.diff, s.fees, subsidy, s.date, s.growth, s.drift, respond, respond ? `${s.fleet}|${s.tiers}|${s.leave}` : ''].join('|');
  const key = `${market}|${months}`;
  let path = paths.get(key);
  if (!path) {
    let long = longest.get(market);
    if (!long || long.length < months) {
      long = networkPath({
        difficultyT: s.diff,
        priceUsdPerBtc: s.price,
        feesBtcPerBlock: s.fees,
        subsidyBtc: subsidy,
        startBlockHeight: startHeight(s.date),
        lifeMonths: computedMonths(months),
        difficultyGrowthPerMonth: s.growth / 100,
        priceDriftPerYear: s.drift / 100,
        response: respond ? { curve: fleetCurveOf(s), leaveMonths: s.leave } : null,
      });
      longest.delete(market);
      if (longest.size >= 4) longest.delete(longest.keys().next().value!);
      longest.set(market, long);
    }
    path = long.length === months ? long : long.slice(0, months);
    if (paths.size >= 8) paths.delete(paths.keys().next().value!);
    paths.set(key, path);
  }
  return path;
}

const difficulties = new WeakMap<NetworkMonth[], number[]>();
function difficultiesOf(path: NetworkMonth[]): number[] {
  let d = difficulties.get(path);
  if (!d) difficulties.set(path, (d = path.map((m) => m.difficultyT)));
  return d;
}

/**
 * The projection inputs for one machine at a scenario (percents → fractions, the start block
 * height estimated from the scenario date, and the network's difficulty path when hashrate
 * responds).
 *
 * @example
 * projectionInputs(defaultScenario(), { terahashPerSecond: 473, watts: 5_676 }).startBlockHeight // 934_032
 */
export function projectionInputs(s: Scenario, machine: MachineSpec, overrides: Partial<Pick<MarketInputs, 'usdPerKwh'>> = {}, hashrate: string = s.hashrate): ProjectionInputs {
  return {
    machine,
    market: { ...marketInputs(s), ...overrides },
    startBlockHeight: startHeight(s.date),
    lifeMonths: s.life,
    difficultyGrowthPerMonth: s.growth / 100,
    priceDriftPerYear: s.drift / 100,
    discountRatePerYear: s.discount / 100,
    resaleUsd: s.resale,
    ...(hashrate === 'trend' ? {} : { difficultyTByMonth: difficultiesOf(scenarioNetworkPath(s, hashrate)) }),
  };
}
