// The log-line grammar (src/engine/log-line-grammar.ts): the prefixes loggers and collectors put before a
// program's message are looked past by the scanner (LOG_PREFIX) and start a new record for the unwrapper
// (NEW_RECORD), from one definition. Real corpus logs, re-presented as each logger / collector prints them, keep
// their root cause and evidence line; messages whose start merely looks like a prefix are left whole.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanLine } from '../src/engine/line-scanner.js';
import { LOG_PREFIX } from '../src/engine/log-line-grammar.js';
import { NEW_RECORD } from '../src/engine/wrapped-lines.js';
import { slowness } from '../src/engine/linear/analyse.js';
import { diagnoseText } from '../src/engine/diagnose.js';

const corpusLog = (name: string): string => readFileSync(join(__dirname, '..', 'fixtures', 'corpus', `${name}.log`), 'utf8');

// each as the tool writes it before a line
const PREFIXES: Record<string, string> = {
  'Python logging, default format': '2024-05-01 10:00:00,123 - root - ERROR - ',
  'Python logging, asctime levelname': '2024-05-01 10:00:00,123 ERROR ',
  'Python logging, bracketed level': '2024-05-01 10:00:00,123 [ERROR] ',
  loguru: '2024-05-01 10:00:00.123 | ERROR    | __main__:main:42 - ',
  'syslog / journalctl': 'May  1 10:00:00 gpubox python3[1234]: ',
  'Jenkins timestamper': '[2024-05-01T10:00:00.123Z] ',
  'GitHub Actions': '2024-05-01T10:00:00.1234567Z ',
  'docker --timestamps': '2024-05-01T10:00:00.123456789Z ',
  'docker compose': 'vllm-openai-1  | ',
  'kubectl logs --prefix': '[pod/vllm-7d9f/vllm] ',
  torchrun: '[rank0]: ',
  'torchrun --tee': '[default0]:',
  'Ray worker + vLLM logger': '(RayWorkerWrapper pid=69963) ERROR 05-25 18:48:06 worker_base.py:145] ',
  'compose + Ray + vLLM logger': 'vllm-openai_1  | (RayWorkerWrapper pid=3487, ip=10.0.16.95) ERROR 06-05 16:30:08 [worker_base.py:148] ',
  'vLLM logger': 'INFO 07-31 19:35:17 [ray_distributed_executor.py:358] ',
  'bare time': '10:00:01 ',
  'bracketed time': '[10:00:01.123] ',
  // SD.Next's and kohya_ss's rich console (their lines in fixtures/corpus: sdnext / kohya cases)
  'SD.Next / kohya_ss console': '08:09:32-842384 ERROR    ',
  uvicorn: 'INFO:     ',
  'Python logging basicConfig': 'WARNING:root:',
  Maven: '[INFO] ',
};

describe('one grammar for log prefixes', () => {
  const message = 'RuntimeError: CUDA error: no kernel image is available for execution on the device';

  it.each(Object.entries(PREFIXES))('%s: stripped before the message, and starts a new record', (_name, prefix) => {
    expect(cleanLine(prefix + message)).toBe(message);
    expect(NEW_RECORD.test(prefix + message)).toBe(true);
  });

  it('leaves whole the messages whose start only looks like a prefix', () => {
    for (const line of [
      // TensorFlow's own stamp: rules read the level letter and the source after it
      '2024-05-01 10:00:00.123456: W tensorflow/compiler/xla/stream_executor/platform/default/dso_loader.cc:64] Could not load dynamic library \'cudart64_110.dll\'',
      // pip's and the driver installer's bare levels
      'ERROR: Could not find a version that satisfies the requirement torch==2.1.1+cu121 (from versions: none)',
      'WARNING: You are using pip version 21.2.4; however, version 24.0 is available.',
      // absl / glog (JAX, TF's Python side)
      'E0501 10:00:00.123456  12345 pjrt_stream_executor_client.cc:2985] Execution of replica 0 failed: RESOURCE_EXHAUSTED: Out of memory',
      "nvcc fatal   : Unsupported gpu architecture 'compute_86'",
      '(base) C:\\Users\\me> python train.py',
      '| NVIDIA-SMI 535.54.03              Driver Version: 535.54.03    CUDA Version: 12.2     |',
    ]) expect(cleanLine(line)).toBe(line);
  });

  it('both regexes run in linear time (the repo\'s analysis finds no quantifiers that trade characters)', () => {
    expect(slowness(LOG_PREFIX.source, '')).toBeNull();
    expect(slowness(NEW_RECORD.source, '')).toBeNull();
  });
});

describe('real logs as loggers and collectors print them', () => {
  // real threads whose root cause rests on a pattern anchored at the message's start
  const cases: Array<[string, string, string]> = [
    ['thr-xformers-cpu-torch-1', 'torch-cpu-build', 'you have'],
    ['ra-kohya-py32bit-richwrap-51', 'python-version-unsupported', '32 bit'],
    ['job-a2-srun-no-gpus-1', 'job-no-gpu-allocated', ''],
  ];
  const withPrefix = (log: string, prefix: string): string => log.split('\n').map((l) => (l === '' ? l : prefix + l)).join('\n');

  it.each(cases)('%s keeps %s under every prefix, on the same line', async (name, id) => {
    const log = corpusLog(name);
    const plain = await diagnoseText(log);
    expect(plain.findings[0]?.rule.id).toBe(id);
    const lines = plain.findings[0]!.evidence.map((e) => e.line);
    for (const prefix of Object.values(PREFIXES)) {
      const { findings } = await diagnoseText(withPrefix(log, prefix));
      expect(findings[0]?.rule.id, prefix).toBe(id);
      expect(findings[0]!.evidence.map((e) => e.line), prefix).toEqual(lines);
    }
  });
});

describe('progress bars drawn over with carriage returns', () => {
  // tqdm redraws its bar with '\r' and no newline; captured to a file (2>&1 | tee, a Discord message.txt) the
  // next message lands on the same line, after the last redraw
  const bar = '\r  0%|          | 0/100 [00:00<?, ?it/s]\r 45%|████▌     | 45/100 [00:01<00:02, 30.1it/s]\r';

  it.each([['thr-xformers-cpu-torch-1', 'torch-cpu-build'], ['ra-kohya-py32bit-richwrap-51', 'python-version-unsupported']])('%s: a bar before every line, LF or CRLF, is still %s; evidence quotes the message', async (name, id) => {
    const log = corpusLog(name);
    for (const eol of ['\n', '\r\n']) {
      const drawn = log.split('\n').map((l) => (l.trim() === '' ? l : bar + l)).join(eol);
      const { findings } = await diagnoseText(drawn);
      expect(findings[0]?.rule.id).toBe(id);
      for (const e of findings[0]!.evidence) expect(e.text).not.toMatch(/it\/s\]|\r/);
    }
  });

  it('cleanLine drops the bars, and keeps whatever else was drawn over', () => {
    expect(cleanLine(`${bar}Traceback (most recent call last):`)).toBe('Traceback (most recent call last):');
    expect(cleanLine('Downloading: 100%|██████████| 10/10\r\r')).toBe('Downloading: 100%|██████████| 10/10');
    expect(cleanLine('\rabc\r')).toBe('abc');
    // a message a later line was drawn over is a message still
    const over = 'Could not locate zlibwapi.dll. Please make sure it is in your library path!\rTraining finished OK';
    expect(cleanLine(over)).toBe(over);
  });
});

describe("a command's answer below the records its import logged", () => {
  // python -c "import tensorflow as tf; print(tf.__version__)": TensorFlow logs its start-up records (one with a
  // continuation line) to the same console before the version is printed
  const tfLines = [
    "2023-11-21 10:12:31.528344: I tensorflow/core/util/port.cc:113] oneDNN custom operations are on. You may see slightly different numerical results due to floating-point round-off errors from different computation orders. To turn them off, set the environment variable `TF_ENABLE_ONEDNN_OPTS=0`.",
    '2023-11-21 10:12:33.114563: I tensorflow/core/platform/cpu_feature_guard.cc:182] This TensorFlow binary is optimized to use available CPU instructions in performance-critical operations.',
    'To enable the following instructions: SSE SSE2 SSE3 SSE4.1 SSE4.2 AVX AVX2 AVX_VNNI FMA, in other operations, rebuild TensorFlow with the appropriate compiler flags.',
  ];

  it.each([['\n'], ['\r\n']])('reads the TensorFlow version printed after them (line ends %j)', async (eol) => {
    const log = ['(tf) C:\\Users\\me>python -c "import tensorflow as tf; print(tf.__version__)"', ...tfLines, '2.15.0', '', '(tf) C:\\Users\\me>'].join(eol);
    const { facts } = await diagnoseText(log);
    expect(facts.get('tfVersion')?.value).toBe('2.15.0');
    expect(facts.get('tfVersion')?.evidence[0]?.line).toBe(1);
  });

  it('does not read past an answer that is there, nor past more records than a start-up logs', async () => {
    // the version right after the command is the one read
    const right = await diagnoseText(['python -c "import tensorflow as tf; print(tf.__version__)"', '2.10.1', ...tfLines, '2.15.0'].join('\n'));
    expect(right.facts.get('tfVersion')?.value).toBe('2.10.1');
    // a training log's records go on and on: a number far below is not the answer
    const far = await diagnoseText(['python -c "import tensorflow as tf; print(tf.__version__)"', ...Array.from({ length: 8 }, () => tfLines[1]!), '2.15.0'].join('\n'));
    expect(far.facts.get('tfVersion')).toBeUndefined();
  });
});
