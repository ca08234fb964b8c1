/**
 * Where the default fleet mix comes from: each machine class and power tier of the link's defaults
 * (`defaultFleetText`, `defaultTiersText` in src/scenario/fleetMix.ts) with its value, its share,
 * and its provenance — the documents and facts behind the value (docs/seed-facts.md), the machines
 * of our catalogue it stands for, and whether the value and the share are guesses. Every share is
 * ours: no document splits the network's hashrate by machine or by power price.
 *
 * Pure data, written out rather than parsed from the link's defaults, so that
 * test/essay/fleetMix.test.ts can check that the two agree and that every fact id exists.
 * Chapter 3 tells the reader the same story in words ("Who switches off first").
 *
 * @example
 * defaultFleetClasses[0].joulesPerTerahash // 12 (the S21 XP Hydro class, 25 %)
 * defaultPowerTiers[1].valueIsGuess        // true ($0.045/kWh: a guess between the documents' prices)
 */
import type { SourceId } from './documents.ts';

/** A document a value rests on, with the facts in it (ids as docs/seed-facts.md gives them). */
export interface DocumentBasis {
  sourceId: SourceId;
  factIds: readonly string[];
}

export interface MixEntryProvenance {
  /** What the class or tier stands for, as a reader reads it (no internal ids). */
  label: string;
  /** Share of network hashrate, a weight as the link writes it (the defaults add up to 100). */
  share: number;
  /** Always true for the defaults: no document gives the network's split. */
  shareIsGuess: true;
  /** True when no document or catalogue machine gives the value itself. */
  valueIsGuess: boolean;
  /** The documents behind the value, most direct first; empty when there are none. */
  documents: readonly DocumentBasis[];
  /** Machines of content/machines.json the value stands for. */
  catalogueIds: readonly string[];
  /** How the value was chosen, in words (document names, never ids). */
  basis: string;
}

export interface MachineClassProvenance extends MixEntryProvenance {
  joulesPerTerahash: number;
}

export interface PowerTierProvenance extends MixEntryProvenance {
  usdPerKwh: number;
}

/** The default machine classes, most efficient first (the link's order). */
export const defaultFleetClasses: readonly MachineClassProvenance[] = [
  {
    joulesPerTerahash: 12,
    share: 25,
    label: 'Antminer S21 XP Hydro class',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [{ sourceId: 'S003', factIds: ['S003-018', 'S003-019'] }],
    catalogueIds: ['antminer-s21-xp-hydro'],
    basis: 'The newest machine the capitulation feature names: about 473 TH/s drawing 5,676 W, which is 12.0 J/TH.',
  },
  {
    joulesPerTerahash: 16.5,
    share: 30,
    label: 'Antminer S21 and S21 Pro class',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [],
    catalogueIds: ['antminer-s21', 'antminer-s21-pro'],
    basis: 'No document gives this generation; 16.5 J/TH sits between the S21 (17.5 J/TH) and the S21 Pro (15 J/TH) of our machine catalogue.',
  },
  {
    joulesPerTerahash: 21.5,
    share: 20,
    label: 'Antminer S19 XP and Avalon A1466I class',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [{ sourceId: 'S003', factIds: ['S003-023'] }],
    catalogueIds: ['antminer-s19-xp', 'avalon-a1466i'],
    basis: 'The mid-generation machines the capitulation feature names, whose power it puts at 92–100% of revenue; 21.5 J/TH is the S19 XP of our catalogue.',
  },
  {
    joulesPerTerahash: 26,
    share: 15,
    label: '25–26 J/TH band (Avalon A1366, WhatsMiner M50S)',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [
      { sourceId: 'S001', factIds: ['S001-091', 'S001-086'] },
      { sourceId: 'S003', factIds: ['S003-024'] },
    ],
    catalogueIds: ['avalon-a1366', 'whatsminer-m50s'],
    basis: 'The 2022 report rates the Avalon A1366 at 25 J/TH and the WhatsMiner M50S at 26; the capitulation feature puts both among the older machines that spend 109–162% of revenue on power.',
  },
  {
    joulesPerTerahash: 30,
    share: 10,
    label: 'Antminer S19 Pro and S19j Pro, Avalon A1346 class',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [
      { sourceId: 'S001', factIds: ['S001-089'] },
      { sourceId: 'S003', factIds: ['S003-024'] },
    ],
    catalogueIds: ['antminer-s19-pro', 'antminer-s19j-pro', 'avalon-a1346'],
    basis: 'The 2022 report rates the Avalon A1346 at 30 J/TH; the S19 Pro (29.5) and S19j Pro (30.5) of our catalogue sit either side, and the capitulation feature counts the S19 Pro line among the older machines.',
  },
];

/** The default power-price tiers, cheapest first (the link's order). */
export const defaultPowerTiers: readonly PowerTierProvenance[] = [
  {
    usdPerKwh: 0.025,
    share: 25,
    label: 'Cheap power',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [{ sourceId: 'S000', factIds: ['S000-015'] }],
    catalogueIds: [],
    basis: 'The cheap power of the Vincenzi op-ed’s example: a distressed site paying $0.025/kWh.',
  },
  {
    usdPerKwh: 0.045,
    share: 40,
    label: 'Between cheap and typical',
    shareIsGuess: true,
    valueIsGuess: true,
    documents: [],
    catalogueIds: [],
    basis: 'Ours: no document gives it. A price between the cheap $0.025 and the typical $0.06, for the large sites with contracts better than the dashboard’s tariff.',
  },
  {
    usdPerKwh: 0.06,
    share: 25,
    label: 'Typical power',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [
      { sourceId: 'S003', factIds: ['S003-014', 'S003-021'] },
      { sourceId: 'S001', factIds: ['S001-099'] },
    ],
    catalogueIds: [],
    basis: 'The tariff f2pool’s dashboard quotes its hashprice for and the capitulation feature prices its machines at; the 2022 report assumes the same $60/MWh.',
  },
  {
    usdPerKwh: 0.07,
    share: 10,
    label: 'Dear power',
    shareIsGuess: true,
    valueIsGuess: false,
    documents: [{ sourceId: 'S000', factIds: ['S000-016'] }],
    catalogueIds: [],
    basis: 'The dear power of the Vincenzi op-ed’s example: $0.07/kWh with the same machines.',
  },
];

/** Every fact id the defaults' provenance names, once each, in order. */
export const fleetMixFactIds: readonly string[] = [
  ...new Set([...defaultFleetClasses, ...defaultPowerTiers].flatMap((e) => e.documents.flatMap((d) => d.factIds))),
];
