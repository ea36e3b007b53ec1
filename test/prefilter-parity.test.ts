// The JavaScript loop (pastes, chunks under 256 KB) and the WebAssembly prefilter (larger chunks) must give
// the same diagnosis. A literal that a console's width cut in two is on neither line: both loops look at each
// line of exactly a console's width for a literal running on into the next line (line-scanner.ts glueAfter;
// the module finds those lines, wasm/prefilter.ts wideLine), and a short paste is read across its line breaks
// in both. Before, only the JavaScript loop did, so a file's diagnosis depended on its size.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt } from './built-cli.js';
import { LineScanner } from '../src/engine/line-scanner.js';
import { LogScan, scannerIndex } from '../src/engine/log-scan.js';
import { defaultRulesDir, loadRuleSet } from '../src/engine/load-rules.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { warmUp } from '../src/service/warm-up.js';

beforeAll(() => { ensureBuilt(); }, 600_000);

const corpus = (name: string) => readFileSync(new URL(`../fixtures/corpus/${name}`, import.meta.url), 'utf8');

/** What a scan of the log keeps (signals with their hits, facts, collected values), by the loop forced. */
function scanned(prefilter: 'js' | 'wasm', log: string): string {
  const set = loadRuleSet(defaultRulesDir());
  const scan = new LogScan(new LineScanner(scannerIndex(set.rules, set.factPatterns), prefilter));
  scan.add({ text: log });
  return JSON.stringify(scan.finish(), (_, v: unknown) => (v instanceof Map ? [...v] : v));
}

// Hugging Face Trainer's metric lines: a healthy training log's bulk (no literal of a failure)
const METRIC = (i: number) => `{'loss': ${(0.9 - i / 20000).toFixed(4)}, 'grad_norm': ${(1 + (i % 97) / 100).toFixed(3)}, 'learning_rate': 4.9e-05, 'epoch': ${(i / 5000).toFixed(2)}}`;
const metrics = (n: number) => Array.from({ length: n }, (_, i) => METRIC(i)).join('\n') + '\n';

/** The Dr.Jit post (a CPU-only machine whose GPUs the poster hid on purpose), its first line cut by a 120-column console inside CUDA_VISIBLE_DEVICES. */
function drjitCut(): string {
  const [first, ...rest] = corpus('ul-healthy-drjit-no-gpu-cuinit-disabled.log').split('\n');
  expect(first!.slice(100, 120)).toMatch(/CUDA_VIS/);
  return `${first!.slice(0, 120)}\n${first!.slice(120)}\n${rest.join('\n')}`;
}

const WASM_MIN_BYTES = 256 << 10; // (line-scanner.ts)

describe('the JavaScript loop and the WebAssembly prefilter', () => {
  it('keep the same signals and facts on corpus logs with a console-width cut or a short paste\'s wrap', () => {
    // the logs whose diagnosis differed between the two loops before (json-diff with GPU_DOCTOR_PREFILTER=js
    // and =wasm: 9 of 3109)
    for (const name of [
      'eco-tf-win213-11.log', 'sw-aitoolkit-torch240-fbgemm-pipshow.log', 'thr-tf-local-devices-cpu-only-1.log',
      'uw-tf112-second-script-cudnn-714-vs-721.log', 'ver-arch-2.log', 'ver-arch-9.log', 'wa-vllm-021-cu13-wheel-torch-cu126.log',
      'xz-chatglmcpp-glm4-cuda122-gcc13-unsupported.log', 'ym-darknet-opensuse-gcc14-nvcc120-wrapped.log',
    ]) {
      const log = corpus(name);
      expect(scanned('wasm', log), name).toBe(scanned('js', log));
    }
  });

  it('read every rule example cut once at a console width alike (the module only narrows the lines JavaScript looks at)', () => {
    // each example line longer than the width, cut there once (the rest on the next line), between metric lines
    const set = loadRuleSet(defaultRulesDir());
    const examples = set.rules.flatMap((r) => r.examples.match.filter((e): e is string => typeof e === 'string')).flatMap((e) => e.split('\n'));
    for (const width of [80, 120]) {
      const cut = examples.filter((l) => l.length > width + 10).map((l) => `${l.slice(0, width)}\n${l.slice(width)}`);
      expect(cut.length).toBeGreaterThan(100);
      const log = cut.map((c, i) => `${METRIC(i)}\n${c}`).join('\n') + '\n';
      const js = scanned('js', log);
      expect(scanned('wasm', log)).toBe(js);
    }
  });

  it('diagnose a healthy log with one console-width cut alike below and above the WebAssembly chunk size, cold and warm', async () => {
    const cut = drjitCut();
    const small = metrics(200) + cut;
    const large = metrics(6000) + cut;
    expect(small.length).toBeLessThan(WASM_MIN_BYTES);
    expect(large.length).toBeGreaterThan(WASM_MIN_BYTES);
    const shown = async (log: string) => JSON.stringify((await diagnoseText(log)).findings.map((f) => [f.rule.id, f.severity, f.evidence]));
    // cold: the small log in plain JavaScript, the large one through the module it instantiates
    const cold = [await shown(small), await shown(large)];
    await warmUp();
    const warm = [await shown(small), await shown(large)];
    // the hiding of the GPUs is read across the cut: no driver error on this CPU-only machine, at either size
    for (const out of [...cold, ...warm]) expect(JSON.parse(out).filter((f: [string, string]) => f[1] !== 'info')).toEqual([]);
    expect(warm).toEqual(cold);
    // the evidence lines of the large log are those of the small one, 5,800 metric lines further down
    expect(cold[1]).toBe(cold[0]!.replace(/"line":(\d+)/g, (_, n: string) => `"line":${Number(n) + 5800}`));
  });
});
