// Stands in for fraction.js inside the formula engine (see ./decimal.js). mathjs defines two
// units with a fractional factor (degF and degR, 5/9), which it turns into plain numbers when
// `number: 'number'`; a fraction here holds its two parts and gives its value. Formulas compute
// with plain numbers, so nothing else ever makes one.
export default function Fraction(n, d = 1) {
  if (!(this instanceof Fraction)) return new Fraction(n, d);
  this.n = n;
  this.d = d;
}
Fraction.prototype.valueOf = function valueOf() {
  return this.n / this.d;
};
