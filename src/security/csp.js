// The site's Content-Security-Policy, in one place: astro.config.mjs hands it to Astro's
// `security.csp` (which adds the hashes of every script and style it bundles or inlines and
// writes the policy into each page's <meta http-equiv="content-security-policy">), the embed page
// inlines `embedThemeScript` from here, and test/security/csp.test.ts reads every built page
// against it. Plain JS (not TS) so the Astro config can import it without a loader.
import { createHash } from 'node:crypto';

/**
 * The one inline script the site writes by hand: an embed's ?theme=light|dark, applied before the
 * first paint so a dark host never flashes a light frame. Kept on one line (inline scripts are
 * not minified); its SHA-256 goes into script-src, so editing it here keeps the policy right.
 */
export const embedThemeScript =
  "var t=new URLSearchParams(location.search).get('theme');if(/^(light|dark)$/.test(t))document.documentElement.dataset.theme=t";

/** The CSP hash source of an inline script or style's exact text, e.g. 'sha256-…'. */
export function cspHash(text) {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Every directive beside script-src and style-src (which Astro writes, with hashes). Nothing
 * leaves the site's origin: images are the site's own, the favicon a data: URL, and the PNG export
 * draws an SVG blob into a canvas; workers and fetches stay on 'self'. frame-ancestors cannot be
 * set from a <meta> element: public/_headers sets it per page type (essay 'self', embeds any host).
 */
export const cspDirectives = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
];
