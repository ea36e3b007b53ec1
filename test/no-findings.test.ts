// When no failure signature is in the log (issue 11 item 6, issue 9 item 6): a log that shows the GPU working
// gets good news naming what works; any other gets the commands to run and paste next, for the OS it came from.
import { spawnSync } from 'node:child_process';
import { describe, expect, it, beforeAll } from 'vitest';
import { ensureBuilt, ROOT } from './built-cli.js';
import { diagnoseText } from '../src/engine/diagnose.js';
import { noFindingsView } from '../src/report/no-findings.js';
import { messages } from '../src/i18n/messages.js';

let CLI: string;
beforeAll(() => { CLI = ensureBuilt(); }, 180_000);
const run = (input: string, ...args: string[]) => spawnSync(process.execPath, [CLI, 'diagnose', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, LANG: 'C', LC_ALL: '', GPU_DOCTOR_LANG: '' } });

const HEALTHY = [
  '$ python -c "import torch; print(torch.__version__, torch.version.cuda); print(torch.cuda.is_available(), torch.cuda.get_device_name(0))"',
  '2.3.1+cu121 12.1',
  'True NVIDIA GeForce RTX 3090',
  '$ python train.py',
  'Epoch 1/10: 100%|██████████| 782/782 [00:41<00:00, 18.9it/s, loss=1.23]',
].join('\n');

describe('a healthy log', () => {
  it('is good news naming the GPU, the framework build and that CUDA is available', async () => {
    const d = await diagnoseText(HEALTHY);
    expect(d.findings).toEqual([]);
    const v = noFindingsView(d.facts, messages('en'));
    expect(v.healthy).toBe(true);
    expect(v.works).toEqual(['GPU: NVIDIA GeForce RTX 3090', 'PyTorch 2.3.1+cu121 (a CUDA 12.1 build)', 'torch.cuda.is_available() is True', 'training runs (epoch progress lines)']);
    const r = run(HEALTHY);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/No setup problem shows in this log/);
    expect(r.stdout).not.toMatch(/Nothing recognised/);
    expect(run(HEALTHY, '--lang', 'zh-CN').stdout).toMatch(/没有环境配置问题/);
  });

  it('a Keras run on the GPU (TF device line, epoch lines) is good news too, in both languages', async () => {
    const log = [
      '2024-03-02 10:11:12.345678: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1886] Created device /job:localhost/replica:0/task:0/device:GPU:0 with 22302 MB memory:  -> device: 0, name: NVIDIA GeForce RTX 3090, pci bus id: 0000:01:00.0, compute capability: 8.6',
      'Epoch 1/10',
      '1875/1875 [==============================] - 9s 4ms/step - loss: 0.2954 - accuracy: 0.9142',
    ].join('\n');
    const en = run(log);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/No setup problem shows in this log[^]*GPU: NVIDIA GeForce RTX 3090[^]*training runs/);
    expect(run(log, '--lang', 'zh-CN').stdout).toMatch(/没有环境配置问题[^]*GPU：NVIDIA GeForce RTX 3090[^]*训练在正常进行/);
  });

  it('False from is_available() is no good news', async () => {
    const d = await diagnoseText('2.3.1+cu121 12.1\nFalse\n');
    expect(noFindingsView(d.facts, messages('en')).healthy).toBe(false);
  });
});

describe('nothing recognised', () => {
  it('asks for the exact commands of the OS seen: findstr on Windows, grep elsewhere', () => {
    const win = run('C:\\Users\\me\\proj> python train.py\nValueError: my own mistake\n').stdout;
    expect(win).toMatch(/python -m torch\.utils\.collect_env/);
    expect(win).toMatch(/pip list \| findstr \/i/);
    expect(win).not.toMatch(/grep/);
    const linux = run('user@box:~/proj$ python train.py\nValueError: my own mistake\n').stdout;
    expect(linux).toMatch(/nvidia-smi/);
    expect(linux).toMatch(/pip list 2>\/dev\/null \| grep -i -E/);
  });
});
