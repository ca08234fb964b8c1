/**
 * The page's one polite live region is server-rendered by the layout (`[data-live-region]`);
 * every island announces through it, so a screen reader hears one voice, not one per widget.
 *
 * @example
 * announce('Link copied.') // the live region now reads "Link copied."
 */
let lastAt = 0;

/** When the last announcement was made (performance.now()), so a settled summary can yield to it. */
export const lastAnnouncementAt = () => lastAt;

export function announce(text: string): void {
  lastAt = performance.now();
  const region = document.querySelector<HTMLElement>('[data-live-region]');
  if (!region) return;
  // Re-announce the same text: clear first, then set on the next frame.
  if (region.textContent === text) {
    region.textContent = '';
    requestAnimationFrame(() => (region.textContent = text));
  } else {
    region.textContent = text;
  }
}
