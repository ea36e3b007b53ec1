// The line scanner cleans a line's escape codes, HTML entities, web spaces and typographic quotes only when the
// literal automaton found one of DIRTY_MARKERS on it (line-scanner.ts: cleaned() with `marked`, MARKED_STEPS).
// So every character or entity those steps rewrite must be a marker, or holds one: a step added without its
// marker would clean the line in cleanLine() (and in the tests) but never in a scan of a real log, where the
// unmarked line is read as pasted. These tests find what cleanLine() rewrites in the middle of a line, where
// none of the unmarked steps (carriage-return bars, bare colour codes, quote markers, log prefixes) act.
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../src/engine/line-scanner.js';
import { DIRTY_MARKERS } from '../src/engine/literals/normal-form.js';

/** Whether a marker sits in the text, as the automaton finds it (ASCII case folded). */
const marked = (text: string): boolean => DIRTY_MARKERS.some((m) => text.toLowerCase().includes(m.toLowerCase()));
/** `s` between ordinary words, past where a log prefix or a ` | ` column can end (72), no `m` for a colour code */
const midLine = (s: string): string => `${'x'.repeat(80)} ${s} lib`;

describe('the marked cleaning steps', () => {
  it('rewrite no character that is not a marker or inside one', () => {
    const unmarked: string[] = [];
    let rewritten = 0;
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are not text
      const c = String.fromCharCode(cp);
      if (c === '\r' || c === '\n') continue; // line ends and drawn-over bars: unmarked steps
      const line = midLine(c);
      if (cleanLine(line) === line) continue;
      rewritten++;
      if (!DIRTY_MARKERS.some((m) => m.includes(c))) unmarked.push(`U+${cp.toString(16).padStart(4, '0')}`);
    }
    expect(unmarked).toEqual([]);
    // the steps do rewrite characters (the web spaces, the quotes, ESC): the loop saw them
    expect(rewritten).toBeGreaterThanOrEqual(8);
  });

  it('decode no HTML entity that is not a marker', () => {
    const named = ['quot', 'apos', 'lt', 'gt', 'amp', 'nbsp', 'hellip', 'mdash', 'ndash', 'lsquo', 'rsquo', 'ldquo', 'rdquo', 'laquo', 'raquo',
      'copy', 'reg', 'trade', 'times', 'middot', 'bull', 'ensp', 'emsp', 'thinsp', 'zwnj', 'zwj', 'shy', 'tab', 'newline', 'colon', 'sol', 'bsol', 'lpar', 'rpar'];
    const entities = [
      ...named.flatMap((n) => [`&${n};`, `&${n.toUpperCase()};`]),
      ...Array.from({ length: 10000 }, (_, i) => `&#${i};`),
      ...Array.from({ length: 0x3000 }, (_, i) => [`&#x${i.toString(16)};`, `&#X${i.toString(16).toUpperCase()};`]).flat(),
    ];
    const decoded = entities.filter((e) => cleanLine(midLine(e)) !== midLine(e));
    expect(decoded.filter((e) => !marked(e))).toEqual([]);
    expect(decoded).toEqual(expect.arrayContaining(['&quot;', '&nbsp;', '&#39;', '&#x27;']));
  });
});
