// Hydrates the formula-cell islands on this page, loading the widget's code only then (see
// src/widgets/hydrate.ts): like the formula engine in its worker, it is never part of the page's
// first load. A block hydrates when it comes within 600 px of the screen; or, when its served
// results (the dated defaults') may no longer match the scenario — the page was opened with a
// link of its own, or the reader changed a setting — once the page is idle, marked stale until it
// has caught up; or before printing. Only pages with a formula block carry this entry.
const roots = [...document.querySelectorAll('[data-island="formulas"] [data-figure]')];
let started = false;
const go = () => {
  if (started) return;
  started = true;
  void import('../widgets/formulaIsland.ts');
};
const stale = () => {
  if (!started) for (const r of roots) r.setAttribute('data-stale', '');
  if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 1000 });
  else setTimeout(go, 200);
};
if (roots.length) {
  if (location.search.length > 1) stale();
  for (const type of ['input', 'change']) document.addEventListener(type, stale, { once: true, capture: true });
  addEventListener('beforeprint', go);
  if (typeof IntersectionObserver === 'undefined') go();
  else {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        go();
      },
      { rootMargin: '600px 0px' },
    );
    roots.forEach((t) => observer.observe(t));
  }
}
