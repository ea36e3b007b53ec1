// The evidence a scan's findings quote is written by gpu-doctor, so it is in the user's language (issue 11,
// item 11): "running inside a docker container", "CPU-only build … --deep imports it", "[PATH *]" were English
// under --lang zh-CN. Lines that only name a value (torch 2.3.1, CUDA_HOME=…) stay as they are.
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureHost } from '../src/scan/fixture-host.js';
import { runScan } from '../src/scan/scan.js';
import { rawScanFacts } from '../src/scan/facts.js';
import { buildChecklist } from '../src/scan/checklist.js';
import { lineText } from '../src/scan/render.js';
import { scanMessages } from '../src/scan/messages.js';

const HOSTS = fileURLToPath(new URL('../fixtures/hosts/', import.meta.url));
// Chinese words, or the full-width punctuation a Chinese sentence is written with ("GPU：1")
const HAN = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// facts whose line is only a name and a value
const VALUE_ONLY = new Set(['torchVersion', 'torchvisionVersion', 'torchaudioVersion', 'numpyVersion', 'protobufVersion', 'tfVersion', 'tfPackage', 'cudaVisibleDevices', 'cudaHome', 'tfIsCudaBuild', 'torchCudaAvailable']);

describe('scan evidence and checklist in Chinese', () => {
  for (const name of readdirSync(HOSTS)) {
    it(`${name}: every fact line and checklist line gpu-doctor writes is Chinese under zh-CN`, async () => {
      const run = await runScan(fixtureHost(HOSTS + name), { importTimeoutMs: 1500 });
      const t = scanMessages('zh-CN');
      const english = [...rawScanFacts(run.data, t).facts].filter(([fact, f]) => !VALUE_ONLY.has(fact) && !HAN.test(f.text)).map(([fact, f]) => `${fact}: ${f.text}`);
      expect(english).toEqual([]);
      // checklist lines that carry only a program's own words (nvidia-smi's error, a package list) are exempt
      const lines = buildChecklist(run).filter((l) => !['python.packages', 'gpu', 'cuda.nvcc'].includes(l.key)).map((l) => lineText(t, l));
      expect(lines.filter((l) => !HAN.test(l))).toEqual([]);
      expect(lines.join('\n')).not.toMatch(/--deep imports it|\[PATH \*\]| \*\]/);
    });
  }

  it('a container, a CPU-only torch that is not imported, the python first on PATH', async () => {
    const run = await runScan(fixtureHost(HOSTS + 'linux-gpu-cpu-torch'), { importTimeoutMs: 1500 });
    run.data.system.container = 'docker';
    const zh = rawScanFacts(run.data, scanMessages('zh-CN')).facts;
    expect(zh.get('inContainer')?.text).toBe('运行在 docker 容器中');
    expect(rawScanFacts(run.data).facts.get('inContainer')?.text).toBe('running inside a docker container');
    const lines = buildChecklist(run).map((l) => lineText(scanMessages('zh-CN'), l));
    expect(lines).toContain('未执行 import torch：仅 CPU 版本（torch.version.cuda 为 None）；加 --deep 才会导入');
    expect(lines.find((l) => l.startsWith('Python 3.10.12'))).toMatch(/\[在 PATH 中、系统自带，排在最前\]$/);
  });
});
