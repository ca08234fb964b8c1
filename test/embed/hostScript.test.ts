// @vitest-environment jsdom
// The host script (public/embed.js) as a host page runs it: loaded from the site's origin, it
// sizes the iframes under that origin's /embed/ from the nofloor:resize messages their own windows
// post, clamps the height to 120–6000 px, and ignores everything else.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// The file's text, as a host page fetches it (Vite's ?raw import).
import source from '../../public/embed.js?raw';
const site = 'https://nofloor.example';
const minHeight = 120;
const maxHeight = 6000;

let listeners: EventListenerOrEventListenerObject[] = [];

/** Runs the script as if loaded by <script src="<scriptOrigin>/embed.js">, recording the listener it adds. */
function runHostScript(scriptSrc: string | null = `${site}/embed.js`): void {
  const script = document.createElement('script');
  if (scriptSrc !== null) script.setAttribute('src', scriptSrc);
  Object.defineProperty(document, 'currentScript', { configurable: true, get: () => script });
  const add = window.addEventListener;
  window.addEventListener = function (this: Window, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
    if (type === 'message') listeners.push(listener);
    return add.call(this, type, listener, options);
  } as typeof window.addEventListener;
  try {
    new Function(source)();
  } finally {
    window.addEventListener = add;
    Reflect.deleteProperty(document, 'currentScript');
  }
}

function frame(src: string, height = 300): HTMLIFrameElement {
  const f = document.createElement('iframe');
  f.src = src;
  f.setAttribute('height', String(height));
  f.style.height = `${height}px`;
  document.body.append(f);
  return f;
}

/** Dispatches a message event on the host window, as the browser delivers a postMessage. */
function post(data: unknown, origin: string, source: Window | null): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

const resize = (height: unknown, figure = 'floor-value') => ({ type: 'nofloor:resize', figure, height });
const heightOf = (f: HTMLIFrameElement) => ({ style: f.style.height, attribute: f.getAttribute('height') });

let fv: HTMLIFrameElement;
let rec: HTMLIFrameElement;
beforeEach(() => {
  fv = frame(`${site}/embed/floor-value/?price=80000&v=2`);
  rec = frame(`${site}/embed/recovery/`);
  runHostScript();
});
afterEach(() => {
  for (const l of listeners) window.removeEventListener('message', l);
  listeners = [];
  document.body.replaceChildren();
});

describe('public/embed.js', () => {
  it('resizes the iframe whose window posted, and only that one', () => {
    post(resize(1234), site, fv.contentWindow);
    expect(heightOf(fv)).toEqual({ style: '1234px', attribute: '1234' });
    expect(heightOf(rec)).toEqual({ style: '300px', attribute: '300' });
    post(resize(777, 'recovery'), site, rec.contentWindow);
    expect(heightOf(rec)).toEqual({ style: '777px', attribute: '777' });
    expect(heightOf(fv)).toEqual({ style: '1234px', attribute: '1234' });
  });

  it('follows an embed as it shrinks and grows', () => {
    for (const h of [2000, 900, 2500]) {
      post(resize(h), site, fv.contentWindow);
      expect(heightOf(fv).style).toBe(`${h}px`);
    }
  });

  it(`clamps heights to ${minHeight}–${maxHeight} px and rounds them to whole pixels`, () => {
    const cases: [number, number][] = [
      [0, minHeight],
      [-50, minHeight],
      [minHeight - 1, minHeight],
      [minHeight, minHeight],
      [maxHeight, maxHeight],
      [maxHeight + 1, maxHeight],
      [1e9, maxHeight],
      [640.4, 640],
      [640.5, 641],
    ];
    for (const [given, want] of cases) {
      post(resize(given), site, fv.contentWindow);
      expect(heightOf(fv), `height ${given}`).toEqual({ style: `${want}px`, attribute: String(want) });
    }
  });

  it("ignores a message from another origin, even from the embed's own window", () => {
    for (const origin of ['https://evil.example', 'http://nofloor.example', 'https://nofloor.example:8443', 'https://nofloor.example.evil.example', 'null', '']) {
      post(resize(50), origin, fv.contentWindow);
    }
    expect(heightOf(fv)).toEqual({ style: '300px', attribute: '300' });
  });

  it('ignores a message from the right origin but another window: the host page, a frame that is not an embed, no window at all', () => {
    const other = frame(`${site}/no-floor/`, 40);
    post(resize(50), site, window);
    post(resize(50), site, other.contentWindow);
    post(resize(50), site, null);
    expect(heightOf(fv)).toEqual({ style: '300px', attribute: '300' });
    expect(heightOf(rec)).toEqual({ style: '300px', attribute: '300' });
    expect(heightOf(other)).toEqual({ style: '40px', attribute: '40' });
  });

  it('ignores messages of another type or shape', () => {
    for (const data of [
      { type: 'nofloor:resize2', height: 50 },
      { type: 'NOFLOOR:RESIZE', height: 50 },
      { height: 50 },
      'nofloor:resize',
      JSON.stringify(resize(50)),
      null,
      undefined,
      50,
      [resize(50)],
    ]) {
      post(data, site, fv.contentWindow);
    }
    expect(heightOf(fv)).toEqual({ style: '300px', attribute: '300' });
  });

  it('ignores heights that are not numbers: NaN, infinities, strings, null, booleans, arrays, objects, a missing height', () => {
    for (const height of [NaN, Infinity, -Infinity, 'abc', '', '700', '700px', null, true, false, [], [700], {}, undefined]) {
      post(resize(height), site, fv.contentWindow);
      expect(heightOf(fv), `height ${JSON.stringify(height) ?? String(height)}`).toEqual({ style: '300px', attribute: '300' });
    }
    const { height: _, ...noHeight } = resize(0);
    post(noHeight, site, fv.contentWindow);
    expect(heightOf(fv)).toEqual({ style: '300px', attribute: '300' });
  });

  it("ignores iframes that are not under the script's origin's /embed/", () => {
    const elsewhere = [
      frame('https://evil.example/embed/floor-value/'),
      frame(`${site}/no-floor/#figure-floor-value`),
      frame(`${site}/embedded/floor-value/`),
      frame(`${site}/EMBED/floor-value/`),
      frame('https://nofloor.example.evil.example/embed/floor-value/'),
      frame(`http://nofloor.example/embed/floor-value/`),
    ];
    for (const f of elsewhere) post(resize(1000), site, f.contentWindow);
    for (const f of elsewhere) expect(heightOf(f), f.src).toEqual({ style: '300px', attribute: '300' });
  });

  it("takes the origin from the script's own address, not the host page's", () => {
    // jsdom's page is on localhost; a frame there under /embed/ is not the site's embed.
    const local = frame(`${location.origin}/embed/floor-value/`);
    post(resize(1000), location.origin, local.contentWindow);
    expect(heightOf(local).style).toBe('300px');
    post(resize(1000), site, fv.contentWindow);
    expect(heightOf(fv).style).toBe('1000px');
  });

  it('sizes an embed added after the script ran (snippets pasted later in the page)', () => {
    const late = frame(`${site}/embed/depreciation/`);
    post(resize(888, 'depreciation'), site, late.contentWindow);
    expect(heightOf(late).style).toBe('888px');
  });

  it('does nothing when loaded without an address it can read (no listener, no error)', () => {
    for (const l of listeners) window.removeEventListener('message', l);
    listeners = [];
    runHostScript('http://[not a url');
    expect(listeners).toEqual([]);
    post(resize(1000), site, fv.contentWindow);
    expect(heightOf(fv).style).toBe('300px');
  });
});
