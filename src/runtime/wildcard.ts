/**
 * # PowerShell wildcard patterns (about_Wildcards)
 *
 * `*` any run of characters (including `/` and leading dots), `?` one character, `[abc]` and
 * `[a-z]` one of a set, and a backtick escapes the next character. Braces, `!` and `**` have no
 * special meaning. These are not glob rules, which is why this is not a glob library.
 */
const cache = new Map<string, RegExp>();

export function wildcardToRegExp(pattern: string, caseSensitive = false): RegExp {
  const key = (caseSensitive ? 'c' : 'i') + pattern;
  let re = cache.get(key);
  if (re) return re;
  let src = '';
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '`' && i + 1 < pattern.length) {
      src += escapeRegExp(pattern[++i]!);
    } else if (c === '*') {
      src += '[\\s\\S]*';
    } else if (c === '?') {
      src += '[\\s\\S]';
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 1);
      if (close < 0) { src += '\\['; continue; }
      const body = pattern.slice(i + 1, close).replace(/[\\\]^]/g, (m) => '\\' + m);
      src += `[${body}]`;
      i = close;
    } else {
      src += escapeRegExp(c);
    }
  }
  re = new RegExp(`^${src}$`, caseSensitive ? 'u' : 'iu');
  if (cache.size > 500) cache.clear();
  cache.set(key, re);
  return re;
}

export function wildcardMatch(text: string, pattern: string, caseSensitive = false): boolean {
  return wildcardToRegExp(pattern, caseSensitive).test(text);
}

export function hasWildcard(pattern: string): boolean {
  return /[*?[]/.test(pattern);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
