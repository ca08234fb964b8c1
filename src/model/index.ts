// Re-exports only. One concept per file; see each file's doc comments for worked examples.
export * from './constants.ts';
export * from './errors.ts';
export * from './difficulty.ts';
export * from './subsidy.ts';
export * from './reward.ts';
export * from './hashprice.ts';
export * from './efficiency.ts';
export * from './revenue.ts';
export * from './powerCost.ts';
export * from './margin.ts';
export * from './breakeven.ts';
export * from './machineEconomics.ts';
export * from './fleet.ts';
