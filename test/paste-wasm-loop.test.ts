// A paste (a chunk under the WebAssembly prefilter's size) is scanned by the JavaScript loop, which keeps every
// decision about lines (console-width glue, a short paste read across its breaks); in a process that made the
// WebAssembly module already (the warm start of the bot and the server), only its byte loop runs there
// (WasmScan.findPlain / collectPlain). Those must give the automaton's own answers, stop by stop.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureBuilt } from './built-cli.js';
import { LineScanner } from '../src/engine/line-scanner.js';
import { LiteralSet } from '../src/engine/literal-set.js';
import { LogScan, scannerIndex } from '../src/engine/log-scan.js';
import { defaultRulesDir, loadRuleSet } from '../src/engine/load-rules.js';
import { WasmScan, wasmScanFor, wasmScanMade } from '../src/engine/prefilter.js';
import { warmUp } from '../src/service/warm-up.js';

beforeAll(() => { ensureBuilt(); }, 600_000);

const corpus = join(__dirname, '..', 'fixtures', 'corpus');
/** Real logs of the corpus: every 25th (a spread of apps, OSes, encodings), joined. */
const realLogs = readdirSync(corpus).filter((f) => f.endsWith('.log')).sort().filter((_, i) => i % 25 === 0).map((f) => readFileSync(join(corpus, f), 'utf8'));

function ids(set: LiteralSet): number[] {
  return Array.from({ length: set.size }, (_, i) => set.at(i)).sort((a, b) => a - b);
}

describe('the byte loop of a paste in WebAssembly', () => {
  const ruleSet = loadRuleSet(defaultRulesDir());
  const index = scannerIndex(ruleSet.rules, ruleSet.factPatterns);
  const automaton = index.automaton;

  it('stops where the automaton stops and collects what it collects, with and without masks', () => {
    const wasm = wasmScanFor(automaton)!;
    expect(wasm).not.toBeNull();
    const bytes = Buffer.from(realLogs.join('\n'), 'utf8');
    expect(bytes.length).toBeGreaterThan(50_000);
    // masks that leave some accepting states out (settled literals)
    const states = automaton.acceptingStates + 1;
    const quiet = Uint8Array.from({ length: states }, (_, k) => (k % 3 === 0 ? 1 : 0));
    const skip = Uint8Array.from({ length: states }, (_, k) => (k % 4 === 1 ? 1 : 0));
    let stops = 0;
    for (const [q, s] of [[undefined, undefined], [quiet, skip]] as const) {
      for (let pos = 0; pos < bytes.length;) {
        const hit = automaton.find(bytes, pos, bytes.length, q);
        const state = automaton.state;
        expect(wasm.findPlain(bytes, pos, bytes.length, q)).toBe(hit);
        if (hit < 0) break;
        expect(automaton.state).toBe(state);
        stops++;
        // the rest of the line, from the state at the stop
        let end = bytes.indexOf(0x0a, hit);
        if (end < 0) end = bytes.length;
        const js = new LiteralSet(automaton.literals.length);
        const plain = new LiteralSet(automaton.literals.length);
        automaton.state = state;
        automaton.collect(bytes, hit + 1, end, js, s);
        const after = automaton.state;
        automaton.state = state;
        wasm.collectPlain(bytes, hit + 1, end, plain, s);
        expect(ids(plain)).toEqual(ids(js));
        expect(automaton.state).toBe(after);
        pos = end + 1;
      }
    }
    expect(stops).toBeGreaterThan(1000);
  });

  it('gives the scanner the same matches as the JavaScript loop, glued console-wide lines and a short paste read across its breaks included', () => {
    wasmScanFor(automaton);
    const pad = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - s.length));
    const glued = [
      // a literal cut by a hard break at 80 columns, and a word wrap of a short paste
      'x'.repeat(60) + 'RuntimeError: CUDA e', 'rror: no kernel image is available for execution on the device',
      pad('Could not locate', 40), 'zlibwapi.dll. Please make sure it is in your library path!',
    ].join('\n');
    for (const log of [...realLogs, glued]) {
      const run = (prefilter: 'js' | undefined) => {
        const matches: string[] = [];
        const scanner = new LineScanner(index, prefilter);
        scanner.scanBytes(Buffer.from(log, 'utf8'), (m) => { matches.push(JSON.stringify([index.patternIds.get(m.pattern), m.line, m.text, m.groups])); });
        return { matches, lines: scanner.lines };
      };
      const plain = vi.spyOn(WasmScan.prototype, 'findPlain');
      const viaWasm = run(undefined);
      expect(plain).toHaveBeenCalled();
      plain.mockRestore();
      expect(viaWasm).toEqual(run('js'));
      if (log === glued) expect(viaWasm.matches.filter((m) => m.includes('no kernel image') || m.includes('zlibwapi.dll')).length).toBeGreaterThanOrEqual(2);
    }
  });

  it('is used after the warm start, and the scan result of a log is the same either way', async () => {
    await warmUp(ruleSet);
    expect(wasmScanMade(automaton)).not.toBeNull();
    const result = (scanner: LineScanner<never>) => {
      const scan = new LogScan(scanner as never);
      scan.add({ text: log });
      return JSON.stringify(scan.finish(), (_, v: unknown) => (v instanceof Map ? [...v] : v));
    };
    const log = realLogs.slice(0, 8).join('\n');
    const collect = vi.spyOn(WasmScan.prototype, 'collectPlain');
    const viaWasm = result(new LineScanner(index) as never);
    expect(collect).toHaveBeenCalled();
    collect.mockRestore();
    expect(viaWasm).toEqual(result(new LineScanner(index, 'js') as never));
    expect(viaWasm).toContain('signals');
  });
});
