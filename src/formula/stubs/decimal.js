// Stands in for decimal.js inside the formula engine's bundle (aliased in astro.config.mjs and
// vitest.config.ts). mathjs's Unit and typed-function name the BigNumber class at start-up, but a
// formula never makes one: the engine runs with `number: 'number'`, so this stub is built once and
// never called. If it ever were, it throws a message the engine passes on, instead of computing.
// Leaving decimal.js, complex.js and fraction.js out saves about 17 KB gzipped.
const refuse = () => {
  throw new Error('big numbers are not available in formulas');
};
// Inert: floor and ceil build one Decimal at import (new Decimal(10)) for BigNumber arguments.
function Decimal() {}
Decimal.clone = () => {
  function BigNumber() {
    refuse();
  }
  BigNumber.config = () => BigNumber;
  return BigNumber;
};
Decimal.EUCLID = 9;
export default Decimal;
