// Reads a _headers file (the format Netlify and Cloudflare Pages read) and says which headers a
// path gets. Used by scripts/serve.mjs (the local preview) and test/e2e/headers.spec.ts.
//
//   /embed/*
//     Content-Security-Policy: frame-ancestors *
//
// A rule is a path pattern at the start of a line, then its headers, indented. `*` matches any run
// of characters (including none and "/"). Lines starting with # are comments.

/**
 * @param {string} text the file's contents
 * @returns {{ pattern: string, line: number, headers: [string, string][] }[]}
 * @example parseHeaders('/embed/*\n  X-A: 1').at(0) // { pattern: '/embed/*', line: 1, headers: [['X-A', '1']] }
 */
export function parseHeaders(text) {
  const rules = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      if (!line.startsWith('/')) throw new Error(`_headers line ${i + 1}: a rule's path must start with "/", got "${line}"`);
      rules.push({ pattern: line, line: i + 1, headers: [] });
      return;
    }
    const rule = rules.at(-1);
    const m = /^\s+([A-Za-z0-9-]+):\s*(.+)$/.exec(line);
    if (!rule || !m) throw new Error(`_headers line ${i + 1}: expected "  Name: value" under a path, got "${line.trim()}"`);
    rule.headers.push([m[1], m[2]]);
  });
  return rules;
}

/** Whether a rule's pattern matches a URL path. @example matches('/embed/*', '/embed/hashprice/') // true */
export function matches(pattern, path) {
  const source = pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*');
  return new RegExp(`^${source}$`).test(path);
}

/**
 * The headers a path gets: every matching rule, in file order, with the rule each came from.
 * @returns {{ name: string, value: string, line: number }[]}
 */
export function headersFor(rules, path) {
  return rules.filter((r) => matches(r.pattern, path)).flatMap((r) => r.headers.map(([name, value]) => ({ name, value, line: r.line })));
}
