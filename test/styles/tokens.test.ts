// The colour tokens of src/styles/global.css, read from the stylesheet itself: text at least 4.5:1
// and chart marks, control edges and the focus ring at least 3:1 (WCAG 2.x 1.4.3 and 1.4.11) on
// the backgrounds they sit on, in the light and the dark theme; the two dark blocks (the system's
// and an embed's ?theme=dark) alike; and forced colours mapping every token to a system colour.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../helpers/contrast.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The body of the rule block that opens at `start` (the index just after its `{`). */
function blockAt(start: number): string {
  let depth = 1;
  for (let i = start; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) return css.slice(start, i);
  }
  throw new Error('unbalanced braces in global.css');
}

/** The block whose opening text (selector or at-rule, then `{`) is `opener`, searched within `within` (or the whole sheet). */
function block(opener: RegExp, within?: { text: string; offset: number }): { text: string; offset: number } {
  const source = within?.text ?? css;
  const m = opener.exec(source);
  if (!m) throw new Error(`global.css has no block ${opener}`);
  const offset = (within?.offset ?? 0) + m.index + m[0].length;
  return { text: blockAt(offset), offset };
}

/** The custom properties a block declares, name → value. */
function tokens(body: string): Record<string, string> {
  return Object.fromEntries([...body.matchAll(/(--[a-z-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

const rootTokens = tokens(block(/^:root\s*\{/m).text);
/** The colour tokens: the ones the light theme gives as hex (not --measure, --radius). */
const colourNames = Object.keys(rootTokens).filter((k) => rootTokens[k]!.startsWith('#'));
const light = Object.fromEntries(colourNames.map((k) => [k, rootTokens[k]!]));
const darkMedia = block(/@media \(prefers-color-scheme: dark\)\s*\{/);
const darkSystem = tokens(block(/:root:not\(\[data-theme="light"\]\)\s*\{/, darkMedia).text);
const darkForced = tokens(block(/^:root\[data-theme="dark"\]\s*\{/m).text);
const forcedMedia = block(/@media \(forced-colors: active\)\s*\{/);
const forced = tokens(forcedMedia.text.slice(0, forcedMedia.text.indexOf('}')));

describe('the tokens as the stylesheet declares them', () => {
  it('the light theme declares the colour tokens the pairs below read', () => {
    expect(colourNames).toEqual(expect.arrayContaining(['--bg', '--surface', '--text', '--muted', '--line', '--accent', '--accent-text', '--bar', '--loss', '--loss-bg', '--focus', '--notice-bg', '--notice-line']));
  });

  it('the dark theme sets every colour token (none of the light ones leaks into it)', () => {
    expect(Object.keys(darkSystem).sort()).toEqual([...colourNames].sort());
  });

  it('the two dark blocks (the system’s dark, and ?theme=dark) define identical tokens', () => {
    expect(darkForced).toEqual(darkSystem);
  });

  it('forced colours map every colour token to a system colour', () => {
    const system = ['Canvas', 'CanvasText', 'LinkText', 'GrayText', 'Highlight', 'HighlightText', 'ButtonFace', 'ButtonText', 'ButtonBorder', 'Field', 'FieldText', 'Mark', 'MarkText', 'VisitedText', 'ActiveText', 'AccentColor', 'AccentColorText', 'SelectedItem', 'SelectedItemText'];
    expect(Object.keys(forced).sort()).toEqual([...colourNames].sort());
    for (const [name, value] of Object.entries(forced)) expect(system, `${name}: ${value}`).toContain(value);
  });
});

describe('contrastRatio (WCAG 2.x)', () => {
  it.each([
    ['#000000', '#ffffff', 21],
    ['#fff', '#fff', 1],
    ['#767676', '#ffffff', 4.54],
    ['#777777', '#ffffff', 4.48],
  ])('%s on %s is %d:1', (a, b, ratio) => {
    expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
  });
});

interface Pair {
  fg: string;
  bg: string;
  min: 4.5 | 3;
  where: string;
}
const text = (fg: string, bgs: string[], where: string): Pair[] => bgs.map((bg) => ({ fg, bg, min: 4.5, where }));
const mark = (fg: string, bgs: string[], where: string): Pair[] => bgs.map((bg) => ({ fg, bg, min: 3, where }));

// Which colour sits on which background, from the stylesheet (and the widgets' own styles):
// everything is on --bg (the page, inputs, formulas) or --surface (figures, the scenario bar, the
// ledger, dialogs); link notices are --notice-bg with --text and a .button; buttons are
// --accent-text on --accent. --line (grid lines, the range track, table rules, borders) is
// decoration, not held to 3:1; so is --notice-line (the notice is told by its background and heading).
const pairs: Pair[] = [
  ...text('--text', ['--bg', '--surface', '--notice-bg'], 'body text, chart labels, notices'),
  ...text('--muted', ['--bg', '--surface'], 'notes, units, captions, chart ticks'),
  ...text('--accent', ['--bg', '--surface'], 'links, quiet buttons, tags, prose inputs'),
  ...text('--loss', ['--bg', '--surface'], 'field notes, loss values and rows, errors'),
  ...text('--accent-text', ['--accent'], 'button labels'),
  ...text('--bar', ['--surface'], 'legend text of a --bar series'),
  ...text('--focus', ['--surface'], 'legend text of the reader’s series, “yours” labels'),
  ...mark('--bar', ['--bg', '--surface'], 'bars, ranges, lines, timeline points (hollow ones on --bg)'),
  ...mark('--loss', ['--bg', '--surface', '--loss-bg'], 'loss bars’ outline, hatching, dashed series, underwater markers'),
  ...mark('--focus', ['--bg', '--surface', '--notice-bg'], 'the focus ring; the reader’s series and preset points'),
  ...mark('--text', ['--bg', '--surface'], 'reference lines, the zero line, markers'),
  ...mark('--accent', ['--bg', '--surface', '--notice-bg'], 'slider accent, button fill, formula terms'),
  ...mark('--muted', ['--bg', '--surface'], 'number box and select borders'),
];

for (const [mode, palette] of [['light', light], ['dark', darkSystem]] as const) {
  describe(`${mode} theme`, () => {
    it.each(pairs)(`${mode}: $fg on $bg ≥ $min:1 ($where)`, ({ fg, bg, min }) => {
      const [f, b] = [palette[fg], palette[bg]];
      if (!f || !b) throw new Error(`${mode} theme has no ${f ? bg : fg}`);
      const ratio = contrastRatio(f, b);
      expect(ratio, `${mode}: ${fg} ${f} on ${bg} ${b} is ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(min);
    });
  });
}
