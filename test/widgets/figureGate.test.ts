// @vitest-environment jsdom
// useFigure: a figure off screen computes nothing per input, is marked stale, and catches up when
// it scrolls into view or after a quiet moment; with no IntersectionObserver it is always live.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import GateProbe from './fixtures/GateProbe.svelte';
import { resetScenario, setParam } from '../../src/scenario/store.svelte.ts';
import { catchUpDelayMs } from '../../src/widgets/figureGate.svelte.ts';

type Callback = (entries: { target: Element; isIntersecting: boolean }[]) => void;
let observed: { cb: Callback; targets: Element[] } | undefined;
class FakeObserver {
  constructor(cb: Callback) {
    observed = { cb, targets: [] };
  }
  observe(el: Element): void {
    observed!.targets.push(el);
  }
  unobserve(): void {}
  disconnect(): void {}
}
const show = (visible: boolean) => {
  observed!.cb(observed!.targets.map((target) => ({ target, isIntersecting: visible })));
  flushSync();
};

beforeEach(() => {
  resetScenario();
  vi.useFakeTimers();
  vi.stubGlobal('IntersectionObserver', FakeObserver);
  vi.stubGlobal('requestIdleCallback', (fn: () => void) => setTimeout(fn, 1));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  resetScenario();
});

describe('useFigure(compute)', () => {
  it('follows every change while on screen', () => {
    const counter = { n: 0 };
    const { container } = render(GateProbe, { props: { counter } });
    show(true);
    const probe = container.querySelector<HTMLElement>('[data-probe]')!;
    const before = counter.n;
    for (const p of [80_000, 81_000, 82_000]) {
      setParam('price', p);
      flushSync();
      expect(probe.dataset.value).toBe(String(p));
    }
    expect(counter.n - before).toBe(3);
    expect(probe.hasAttribute('data-stale')).toBe(false);
  });

  it('computes nothing while off screen, marks itself stale, and catches up when it comes into view', () => {
    const counter = { n: 0 };
    const { container } = render(GateProbe, { props: { counter } });
    show(false);
    const probe = container.querySelector<HTMLElement>('[data-probe]')!;
    const before = counter.n;
    for (const p of [80_000, 81_000, 82_000]) {
      setParam('price', p);
      flushSync();
    }
    expect(counter.n).toBe(before);
    expect(probe.dataset.value).toBe('76176');
    expect(probe.hasAttribute('data-stale')).toBe(true);
    show(true);
    expect(counter.n).toBe(before + 1);
    expect(probe.dataset.value).toBe('82000');
    expect(probe.hasAttribute('data-stale')).toBe(false);
  });

  it('catches up off screen once the reader has been still for the quiet time, once', () => {
    const counter = { n: 0 };
    const { container } = render(GateProbe, { props: { counter } });
    show(false);
    const probe = container.querySelector<HTMLElement>('[data-probe]')!;
    const before = counter.n;
    setParam('price', 90_000);
    flushSync();
    vi.advanceTimersByTime(catchUpDelayMs - 50);
    setParam('price', 91_000); // still moving: the clock restarts
    flushSync();
    vi.advanceTimersByTime(catchUpDelayMs - 50);
    flushSync();
    expect(counter.n).toBe(before);
    vi.advanceTimersByTime(100);
    flushSync();
    expect(counter.n).toBe(before + 1);
    expect(probe.dataset.value).toBe('91000');
    expect(probe.hasAttribute('data-stale')).toBe(false);
    // Another change while off screen: stale again, no compute until the next quiet moment.
    setParam('price', 92_000);
    flushSync();
    expect(counter.n).toBe(before + 1);
    expect(probe.hasAttribute('data-stale')).toBe(true);
  });

  it('catches up after it has been on screen and scrolled off again', () => {
    const counter = { n: 0 };
    const { container } = render(GateProbe, { props: { counter } });
    show(true);
    setParam('price', 70_000);
    flushSync();
    show(false);
    setParam('price', 71_000);
    flushSync();
    const probe = container.querySelector<HTMLElement>('[data-probe]')!;
    expect(probe.hasAttribute('data-stale')).toBe(true);
    vi.advanceTimersByTime(catchUpDelayMs + 50);
    flushSync();
    expect(probe.dataset.value).toBe('71000');
    expect(probe.hasAttribute('data-stale')).toBe(false);
  });

  it('brings every figure up to date before printing', () => {
    const counter = { n: 0 };
    const { container } = render(GateProbe, { props: { counter } });
    show(false);
    setParam('price', 95_000);
    flushSync();
    window.dispatchEvent(new Event('beforeprint'));
    expect(container.querySelector<HTMLElement>('[data-probe]')!.dataset.value).toBe('95000');
  });

  it('before printing computes only the figures that are behind, not those already current', () => {
    const counter = { n: 0 };
    render(GateProbe, { props: { counter } });
    show(true);
    setParam('price', 95_000);
    flushSync();
    const current = counter.n;
    window.dispatchEvent(new Event('beforeprint'));
    flushSync();
    expect(counter.n, 'an on-screen figure is current: printing computes it again').toBe(current);
  });
});
