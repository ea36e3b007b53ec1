// The one text form in which literals are compared: lower case, every run of white space one ASCII space.
// The literal automaton reads raw bytes in this form (it folds ASCII case and white-space bytes, and
// collapses white-space runs); lines whose raw bytes differ from the cleaned line the regexes see (ANSI
// codes, HTML entities, Unicode spaces, typographic quotes) carry a marker (DIRTY_MARKERS) and are looked at in this form.

/** One character of a pattern or a line as the prefilter compares it. */
export function normalChar(c: string): string {
  return /^\s$/.test(c) ? ' ' : c.toLowerCase();
}

/** A literal in normal form: lower case, white-space runs collapsed, trimmed (a literal never ends in a space). */
export function normalLiteral(s: string): string {
  return s.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A cleaned line in the form literals are searched in. */
export function normalLine(cleaned: string): string {
  return cleaned.replace(/\s+/g, ' ');
}

/** Typographic quotes and the ASCII quote a program printed: blogs, forums and word processors turn ' and " into these. */
export const ASCII_OF_TYPOGRAPHIC_QUOTE: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"' };

/**
 * Byte strings whose presence means the raw line differs from its cleaned form in a way that can hide a
 * literal: escape sequences, HTML entities, spaces the automaton cannot fold (multi-byte), colour codes that
 * lost their ESC. Such a line is cleaned and searched again. Bare colour codes are recognised by their reset
 * (`[0m`, `[m`): a line coloured without a reset on the same line is the one case still missed.
 */
export const DIRTY_MARKERS: readonly string[] = [
  '\x1b', '\u009b',
  '&quot;', '&apos;', '&lt;', '&gt;', '&amp;', '&nbsp;', '&#39;', '&#x27;', '&#34;',
  '\u00a0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004', '\u2005', '\u2006', '\u2007', '\u2008',
  '\u2009', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  ...Object.keys(ASCII_OF_TYPOGRAPHIC_QUOTE),
  '[0m', '[m',
];
