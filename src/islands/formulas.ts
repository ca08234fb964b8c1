// Hydrates the formula-cell islands on this page once one comes within 600 px of the screen (at
// once where there is no IntersectionObserver), loading the widget's code only then (see
// src/widgets/hydrate.ts): like the formula engine in its worker, it is never part of the page's
// first load. Only pages with a formula block carry this entry.
const targets = document.querySelectorAll('[data-island="formulas"]');
const go = () => import('../widgets/formulaIsland.ts');
if (typeof IntersectionObserver === 'undefined') void go();
else {
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      void go();
    },
    { rootMargin: '600px 0px' },
  );
  targets.forEach((t) => observer.observe(t));
}
