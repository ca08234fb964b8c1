/**
 * Puts the values of the given ranks where a sort would put them, and leaves the rest of the
 * array partitioned around them: after `selectRanks(a, [k])`, `a[k]` is the k-th smallest value,
 * everything before it is no larger and everything after it no smaller. `ranks` must be strictly
 * ascending whole numbers within the array (no repeats); each selection then searches only what
 * lies after the previous one. The array must hold no NaN, and zeros are not ordered by sign (a sort puts −0 before 0):
 * a caller whose array may hold either sorts instead.
 *
 * What it is for: the stress test's DSCR percentiles read 10 ranks of each month's 10,000 paths.
 * Sorting each column (the typed array's native sort) took about 40 ms of a 10,000-path run;
 * d3-array's `quickselect`, which calls a comparator for every comparison, took twice that on the
 * same columns. This is the same Hoare selection as d3-array's, on a Float64Array with `<` and `>`
 * (and without its Floyd–Rivest sampling, so an adversarial ordering could make it quadratic; a
 * column of random paths does not): about 7 ms. test/model/orderStatistics.test.ts checks it
 * against a sort.
 *
 * @example
 * const a = Float64Array.of(5, 1, 4, 2, 3);
 * selectRanks(a, [1, 2]);
 * [a[1], a[2]] // [2, 3], as in the sorted [1, 2, 3, 4, 5]
 */
export function selectRanks(a: Float64Array, ranks: readonly number[]): void {
  let left = 0;
  const last = a.length - 1;
  for (const k of ranks) {
    if (!Number.isInteger(k) || k < left || k > last) throw new RangeError(`selectRanks: rank ${k} is not a whole number from ${left} to ${last} (ranks must ascend)`);
    select(a, k, left, last);
    left = k + 1;
  }
}

/**
 * Puts the values of `ranks` where a sort would put them, exactly as a sort would in every case:
 * by {@link selectRanks}, or by sorting the whole array when it holds a NaN (which a sort puts last)
 * or a −0 (which a sort puts before 0), the two things a selection does not order.
 *
 * @example
 * const a = Float64Array.of(0, -0, NaN, -1);
 * placeRanks(a, [0, 1, 2]);
 * [a[0], a[1], a[2]] // [−1, −0, 0], as Float64Array.of(0, -0, NaN, -1).sort() has them
 */
export function placeRanks(a: Float64Array, ranks: readonly number[]): void {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    if (x !== x || (x === 0 && 1 / x < 0)) {
      a.sort();
      return;
    }
  }
  selectRanks(a, ranks);
}

function select(a: Float64Array, k: number, left: number, right: number): void {
  while (right > left) {
    const t = a[k]!;
    let i = left;
    let j = right;
    swap(a, left, k);
    if (a[right]! > t) swap(a, left, right);
    while (i < j) {
      swap(a, i, j);
      ++i;
      --j;
      while (a[i]! < t) ++i;
      while (a[j]! > t) --j;
    }
    if (a[left] === t) swap(a, left, j);
    else {
      ++j;
      swap(a, j, right);
    }
    if (j <= k) left = j + 1;
    if (k <= j) right = j - 1;
  }
}

function swap(a: Float64Array, i: number, j: number): void {
  const t = a[i]!;
  a[i] = a[j]!;
  a[j] = t;
}
