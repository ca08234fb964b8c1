// How the benchmarks sort a Chromium trace's main-thread events into the categories:
// shared by scripts/bench.mjs (the slider benchmark) and scripts/bench-ab.mjs (what-ifs).

/**
 * Main-thread trace events by name → breakdown category. An event that is not listed takes the
 * category of its nearest listed ancestor (so V8 internals under a FunctionCall are scripting,
 * performLayout under Layout is layout); a task with no listed ancestor is "other" (task and
 * input-routing overhead, IPC). Names starting with "V8." / "v8." are scripting.
 */
export const CATEGORY_OF = {
  scripting: ['EventDispatch', 'FunctionCall', 'EvaluateScript', 'TimerFire', 'FireAnimationFrame', 'FireIdleCallback', 'RunMicrotasks', 'BlinkScheduler_PerformMicrotaskCheckpoint', 'XHRReadyStateChange', 'MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'LocalFrameView::layout', 'LocalFrameView::performPostLayoutTasks'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'Commit', 'LocalFrameView::RunPrePaintLifecyclePhase', 'LocalFrameView::RunCompositingInputsLifecyclePhase', 'LocalFrameView::RunPaintLifecyclePhase', 'CullRectUpdate', 'PaintController::commitNewDisplayItems', 'UpdateLayer', 'UpdateLayerTree', 'LayerTreeHost::DoUpdateLayers', 'ProxyMain::BeginMainFrame::commit', 'PaintImage', 'Decode Image'],
  other: ['LocalFrameView::RunAccessibilitySteps', 'LocalFrameView::UpdateViewportIntersectionsForSubtree', 'IntersectionObserverController::computeIntersections', 'LocalFrameView::NotifyResizeObservers'],
};
const CATEGORY = new Map(Object.entries(CATEGORY_OF).flatMap(([cat, names]) => names.map((n) => [n, cat])));
/** The categories, in the order the reports print them. */
export const BREAKDOWN = ['scripting', 'style', 'layout', 'paint', 'other'];

/** An event's category: its own if listed, scripting for V8's, else its parent's. */
export const categoryOf = (name, parentCat) => CATEGORY.get(name) ?? (name.startsWith('V8.') || name.startsWith('v8.') ? 'scripting' : parentCat);
