/**
 * WCAG 2.x contrast, computed from hex colours (the site's tokens are hex): relative luminance
 * L = 0.2126 R + 0.7152 G + 0.0722 B of the linearised sRGB channels, and the ratio
 * (L_lighter + 0.05) / (L_darker + 0.05), from 1 (same colour) to 21 (black on white).
 * https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
 */

/** `#rgb` or `#rrggbb` → [r, g, b] in 0–255. Throws on anything else (a token in another format must be added here, not skipped). */
export function parseHex(colour: string): [number, number, number] {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) throw new Error(`not a hex colour: "${colour}"`);
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/**
 * @example
 * relativeLuminance('#ffffff') // 1
 * relativeLuminance('#000000') // 0
 */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = parseHex(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * The contrast ratio of two colours (order does not matter).
 *
 * @example
 * contrastRatio('#000', '#fff') // 21
 * contrastRatio('#767676', '#ffffff') // ≈ 4.54, the lightest grey that passes 4.5:1 on white
 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
