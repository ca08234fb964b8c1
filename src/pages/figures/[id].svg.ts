// /figures/<id>.svg: each figure's card at the dated defaults, as the SVG the PNG is drawn from.
import type { APIRoute } from 'astro';
import { figureRegistry } from '../../figures/registry.ts';
import { defaultCardSvg } from '../../components/cardImage.ts';

export function getStaticPaths() {
  return figureRegistry.map((f) => ({ params: { id: f.id } }));
}

export const GET: APIRoute = async ({ params, site }) => new Response(await defaultCardSvg(String(params.id), site), { headers: { 'Content-Type': 'image/svg+xml' } });
