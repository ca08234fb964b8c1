// /figures/<id>.png: each figure's card at the dated defaults, rasterised at build time by resvg
// (its binary ships inside the npm package) at 2×, with the system's fonts. Used for og:image,
// the embed pages' <noscript> and the README's newsletter example.
import type { APIRoute } from 'astro';
import { Resvg } from '@resvg/resvg-js';
import { figureRegistry } from '../../figures/registry.ts';
import { defaultCardSvg } from '../../components/cardImage.ts';

export function getStaticPaths() {
  return figureRegistry.map((f) => ({ params: { id: f.id } }));
}

export const GET: APIRoute = async ({ params, site }) => {
  const svg = await defaultCardSvg(String(params.id), site);
  const png = new Resvg(svg, { fitTo: { mode: 'zoom', value: 2 }, font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' } }).render().asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
