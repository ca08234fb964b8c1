/** A chapter's slug: its file name without the order prefix ("02-no-floor" → "no-floor"). */
export function chapterSlug(entry: { id: string }): string {
  return entry.id.replace(/^\d+-/, '');
}

/** Where a chapter lives: the first chapter is the home page, the others at /<slug>/. */
export function chapterHref(entry: { id: string; data: { order: number } }): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return entry.data.order === 1 ? `${base}/` : `${base}/${chapterSlug(entry)}/`;
}
