// The paste normaliser undoes a paste's re-presentations in order (JSON strings, then a column, then a wrap) and
// maps evidence lines back through every stage to the lines as pasted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnoseText } from '../src/engine/diagnose.js';
import { LineMap } from '../src/input/line-map.js';
import { PasteNormaliser } from '../src/engine/paste-normaliser.js';

const corpusLog = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'corpus', `${name}.log`), 'utf8');

/** Breaks every line at the last space within `width` (the space dropped). */
const wordWrap = (text: string, width: number): string => text.split('\n').flatMap((line) => {
  const out: string[] = [];
  let rest = line;
  while (rest.length > width) {
    const at = rest.lastIndexOf(' ', width);
    if (at <= 0) { out.push(rest.slice(0, width)); rest = rest.slice(width); continue; }
    out.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  out.push(rest);
  return out;
}).join('\n');

describe('LineMap', () => {
  it('maps output lines to input lines through joins and splits', () => {
    const map = new LineMap();
    map.add(1, 1); // line 1
    map.add(3, 1); // input 2-4 joined into output 2
    map.add(1, 1); // input 5 -> output 3
    map.add(1, 4); // input 6 split into output 4-7
    map.add(1, 1); // input 7 -> output 8
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((l) => map.inputLine(l))).toEqual([1, 2, 5, 6, 6, 6, 6, 7]);
    expect(map.fewerLines).toBe(7 - 8);
  });
});

describe('a paste re-presented three times over', () => {
  // the NVML message sits at the end of a 318-character docker line
  const log = corpusLog('drv-driver-library-mismatch-4');
  // word-wrapped at 80, numbered by a pastebin, each numbered line then logged by docker's json-file driver
  const numbered = wordWrap(log.trimEnd(), 80).split('\n').map((l, i) => `${String(i + 1).padStart(3)} | ${l}`);
  const pasted = numbered.map((l) => JSON.stringify({ log: `${l}\n`, stream: 'stderr' })).join('\n');

  it('runs the stages the start shows, in order, and gives the log as it was written', () => {
    const { normaliser, text } = PasteNormaliser.of(Buffer.from(pasted));
    expect(normaliser).not.toBeNull();
    const out = Buffer.concat([text, normaliser!.end()]).toString();
    // every line is back, unnumbered and whole (the wrap's removed spaces put back)
    for (const line of log.split('\n').filter((l) => l.trim() !== '')) expect(out).toContain(line.trimEnd());
    expect(normaliser!.fewerLines).toBe(numbered.length - out.replace(/\n$/, '').split('\n').length);
  });

  it('diagnoses it as the log, with evidence on the pasted line where the message starts', async () => {
    expect((await diagnoseText(log)).findings[0]?.rule.id).toBe('driver-library-mismatch');
    const d = await diagnoseText(pasted);
    expect(d.findings[0]?.rule.id).toBe('driver-library-mismatch');
    expect(d.lines).toBe(numbered.length);
    const ev = d.findings[0]!.evidence.find((e) => e.text.includes('driver/library version'))!;
    const start = numbered.findIndex((l) => l.includes('nvidia-container-cli: initialization error')) + 1;
    expect(ev.line).toBe(start);
  });
});
