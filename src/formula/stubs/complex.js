// Stands in for complex.js inside the formula engine (see ./decimal.js): with `predictable: true`
// mathjs answers sqrt(−1) with NaN, never a complex number, so this is never called.
export default function Complex() {
  throw new Error('complex numbers are not available in formulas');
}
