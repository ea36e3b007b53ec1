// CharCounter: characters of UTF-8 lines (console widths are in characters), ASCII blocks answered from their length.
import { describe, expect, it } from 'vitest';
import { CharCounter } from '../src/engine/char-count.js';

/** Each line's [from, to) byte range in `bytes` (newlines excluded). */
function lineRanges(bytes: Buffer): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i === bytes.length || bytes[i] === 0x0a) {
      ranges.push([from, i]);
      from = i + 1;
    }
  }
  return ranges;
}

describe('CharCounter', () => {
  // a tqdm bar and a Chinese message among plain TensorFlow lines, several blocks long
  const lines = [
    ...Array.from({ length: 6 }, (_, i) => `2023-05-02 10:11:1${i}.123456: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1733] Found device ${i} with properties:`),
    'Epoch 1/10:  45%|████▌     | 45/100 [00:01<00:02, 30.1it/s]',
    'RuntimeError: CUDA error: 没有可用于在设备上执行的内核映像',
    ...Array.from({ length: 6 }, (_, i) => `pciBusID: 0000:0${i}:00.0 name: NVIDIA GeForce RTX 3060 computeCapability: 8.6`),
    'emoji 🚀 at the end of a long line '.padEnd(300, 'x'),
  ];
  const bytes = Buffer.from(lines.join('\n'), 'utf8');

  it('counts every line as its characters (code points), ASCII or not, across block edges', () => {
    const counter = new CharCounter();
    counter.begin(bytes);
    const counts = lineRanges(bytes).map(([from, to]) => counter.count(from, to));
    expect(counts).toEqual(lines.map((l) => [...l].length));
    expect([counts[6], lineRanges(bytes)[6]!.reduce((from, to) => to - from)]).toEqual([59, 69]); // the tqdm bar: 59 characters, 69 bytes
  });

  it('begin() with a buffer refilled in place forgets what it knew of the old content', () => {
    const buf = Buffer.from('a'.repeat(600));
    const counter = new CharCounter();
    counter.begin(buf);
    expect(counter.count(0, 600)).toBe(600);
    buf.write('█'.repeat(200), 0, 'utf8'); // 600 bytes of three-byte characters
    counter.begin(buf);
    expect(counter.count(0, 600)).toBe(200);
    expect(counter.count(3, 9)).toBe(2);
  });

  it('an empty range has no characters', () => {
    const counter = new CharCounter();
    counter.begin(bytes);
    expect(counter.count(5, 5)).toBe(0);
  });
});
