// The shapes a log arrives in once it has been pasted: quoted, fenced, wrapped, prefixed by a collector,
// coloured, escaped for the web. Each transform takes a log as its program wrote it and gives it back in one
// such shape, so that scripts/shape-robustness.ts can measure which shapes lose a diagnosis.
//
// Every shape here was seen in real posts (`evidence`): a labelled case of ours (fixtures/corpus, whose
// `source` is the thread) or a public post or file found with the project's search tools. The transforms are
// deterministic (no randomness: a measurement can be repeated and compared).

export interface Transform {
  /** short, stable name (the matrix's row) */
  name: string;
  /** where real pastes show this shape */
  evidence: string;
  apply(text: string): string;
}

/** Applies `f` to every line (without its newline, and without a CR before it, which is put back). */
function perLine(f: (line: string, index: number) => string): (text: string) => string {
  return (text) => {
    const endsInNewline = text.endsWith('\n');
    const lines = (endsInNewline ? text.slice(0, -1) : text).split('\n');
    const out = lines.map((raw, i) => {
      const cr = raw.endsWith('\r');
      const line = cr ? raw.slice(0, -1) : raw;
      return f(line, i) + (cr ? '\r' : '');
    });
    return out.join('\n') + (endsInNewline ? '\n' : '');
  };
}

/** Every line that `f` gives several lines for (a wrap), joined back with newlines. */
function splitLines(f: (line: string) => string[]): (text: string) => string {
  return perLine((line) => f(line).join('\n'));
}

/** A line cut every `width` characters, in the middle of words, the rest starting at column 0 (a terminal). */
function hardCut(width: number, indent = ''): (line: string) => string[] {
  return (line) => {
    const chars = Array.from(line);
    if (chars.length <= width) return [line];
    const out = [chars.slice(0, width).join('')];
    const rest = width - indent.length;
    for (let at = width; at < chars.length; at += rest) out.push(indent + chars.slice(at, at + rest).join(''));
    return out;
  };
}

/**
 * A line wrapped at the last space that fits `width` (the space removed, as mail clients and textwrap do), a
 * word longer than the width cut inside it; `indent` starts every continuation (a hanging indent).
 */
function wordWrap(width: number, indent = ''): (line: string) => string[] {
  return (line) => {
    if (Array.from(line).length <= width) return [line];
    // the line's own indentation stays on its first piece
    const out: string[] = [];
    let rest = line;
    let room = width;
    while (Array.from(rest).length > room) {
      const chars = Array.from(rest);
      let cut = chars.lastIndexOf(' ', room);
      // (a space inside the leading indentation is no place to break)
      const lead = chars.findIndex((c) => c !== ' ');
      if (cut <= lead) {
        out.push((out.length ? indent : '') + chars.slice(0, room).join(''));
        rest = chars.slice(room).join('');
      } else {
        out.push((out.length ? indent : '') + chars.slice(0, cut).join(''));
        rest = chars.slice(cut + 1).join('');
      }
      room = width - indent.length;
    }
    out.push((out.length ? indent : '') + rest);
    return out;
  };
}

const ERRORISH = /error|fail|exception|traceback|warn|fatal|abort|not found|cannot|could not|unable/i;

/** tqdm's frames as a terminal capture keeps them: drawn over one another with CR, no newline between them. */
const BAR_FRAMES =
  'Loading checkpoint shards:   0%|          | 0/2 [00:00<?, ?it/s]\r' +
  'Loading checkpoint shards:  50%|█████     | 1/2 [00:03<00:03,  3.21s/it]\r' +
  'Loading checkpoint shards: 100%|██████████| 2/2 [00:05<00:00,  2.61s/it]\r';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const TRANSFORMS: readonly Transform[] = [
  {
    name: 'quote',
    evidence: 'Markdown quote `> ` of a whole log: rb-ollama-runner-exit-0xc000001d (ollama/ollama#4794), real-scs-g5-bfc-stars-dst-quoted (chenhcs/SCS#1)',
    apply: perLine((l) => (l === '' ? '>' : `> ${l}`)),
  },
  {
    name: 'quote-nested',
    evidence: 'a reply quoting a quoted log `> > `: ra-invoke-cpualloc-oom-free-25 (invoke-ai/InvokeAI#2182), ra-invoke23-2gb-oom-triton-96 (InvokeAI#2686)',
    apply: perLine((l) => (l === '' ? '> >' : `> > ${l}`)),
  },
  {
    name: 'fence',
    evidence: 'GitHub issue form: prose, then the log in ``` fences with an info string: 163 real cases, e.g. rz-paddle-cu118-cublas-126-fc (PaddlePaddle/Paddle#60925)',
    apply: (t) => `When I run the script I get this:\n\n\`\`\`shell\n${t.endsWith('\n') ? t : `${t}\n`}\`\`\`\n\nAny idea what is wrong?\n`,
  },
  {
    name: 'fence-discord',
    evidence: 'Discord (the bot\'s input, adapters/discord): ```py on its own line, closed right after the last character; the shape as Discord users type it, not taken from one post',
    apply: (t) => `\`\`\`py\n${t.replace(/\n$/, '')}\`\`\``,
  },
  {
    name: 'wrap80',
    evidence: 'a terminal copy (conhost, tmux) cut at 80 columns mid-word, rest at column 0: the hard-wrap cases the Unwrapper was built for (wrapped-lines.ts)',
    apply: splitLines(hardCut(80)),
  },
  {
    name: 'wrap120',
    evidence: 'the same at 120 columns (Windows Terminal / VS Code terminal default widths)',
    apply: splitLines(hardCut(120)),
  },
  {
    name: 'wrap36',
    evidence: 'a phone or a split pane cut at 36 columns mid-word: wl-trixie-surface-kernel-dkms-550-wrapped (linux-surface/linux-surface#1884)',
    apply: splitLines(hardCut(36)),
  },
  {
    name: 'wordwrap72',
    evidence: 'mailing list / forum reply word-wrapped at 72 with the space removed (wrapped-lines.ts: "a 72-column wrap leaves …")',
    apply: splitLines(wordWrap(72)),
  },
  {
    name: 'hangwrap80',
    evidence: 'word wrap with a hanging indent on the continuation (rich/loguru consoles, ggml\'s "  current device: 0, in function" under a quoted Error in ollama/ollama#5295)',
    apply: splitLines(wordWrap(80, '    ')),
  },
  {
    name: 'richlog',
    evidence: 'a rich console logger (kohya_ss, InvokeAI): `hh:mm:ss-micros LEVEL    ` before each record, its long lines word-wrapped at the console width with the rest indented under the message: ra-kohya-py32bit-richwrap-51 (bmaltais/kohya_ss#2190)',
    apply: splitLines((l) => {
      const RICH = '17:08:53-451904 INFO     ';
      const pieces = wordWrap(120 - RICH.length)(l);
      return pieces.map((p, i) => (i === 0 ? RICH : ' '.repeat(RICH.length)) + p);
    }),
  },
  {
    name: 'compose',
    evidence: 'docker compose `svc-1  | `: thr-vllm-cache-blocks-oom-1 (vllm-project/vllm#10439), ta-fauxpilot-ft-driver470-ptx-toolchain (fauxpilot#19)',
    apply: perLine((l) => `ollama-1  | ${l}`),
  },
  {
    name: 'kubectl-ts',
    evidence: 'kubectl logs --timestamps / docker logs -t RFC 3339 with nanoseconds: d3-ok-addingdevice0-doods-45 (snowzach/doods#45)',
    apply: perLine((_l, i) => `2024-05-01T12:00:${String(i % 60).padStart(2, '0')}.123456789Z ${_l}`),
  },
  {
    name: 'journalctl',
    evidence: 'journalctl `Mon DD hh:mm:ss host prog[pid]: `: ra-nixos-ollama-rocm-rx580-83 (NixOS/nixpkgs#308206), ollama/ollama#8271, #8377',
    apply: perLine((l) => `May 01 12:00:00 gpu-box ollama[1234]: ${l}`),
  },
  {
    name: 'pylog',
    evidence: 'Python logging `asctime - LEVEL - `: ua-mochiwrapper-3070-allocation-on-device (kijai/ComfyUI-MochiWrapper#87), ta-comfy-cogvideox-2060-allocation-on-device (ComfyUI#5278)',
    apply: perLine((l) => `2024-05-01 12:00:00,123 - INFO - ${l}`),
  },
  {
    name: 'slurm-label',
    evidence: '`srun --label` task number `0: ` before each line: fmt-slurm-flashattn-1; sa-adetailer-nans-batchcount (Bing-su/adetailer#178); `srun:` lines in vl-slurm-submitit-from-gpu-node-step-invalid-gres (mehta-lab/recOrder#482)',
    // (only the labels: srun's own closing "srun: error: …: task 0: Exited with exit code 1" line is content, and
    // rightly makes a missing GPU read as the job's)
    apply: perLine((l) => `0: ${l}`),
  },
  {
    name: 'gha',
    evidence: 'GitHub Actions raw log: 7-digit RFC 3339 stamp on every line, `##[group]`, `##[error]Process completed with exit code 1.` (public CI logs found with find_string "Z ##[error]")',
    apply: (t) => {
      const body = perLine((l, i) => `2024-05-01T12:00:${String(i % 60).padStart(2, '0')}.1234567Z ${l}`)(t);
      return `2024-05-01T11:59:59.0000000Z ##[group]Run python train.py\n${body}${t.endsWith('\n') ? '' : '\n'}2024-05-01T12:01:00.0000000Z ##[error]Process completed with exit code 1.\n`;
    },
  },
  {
    name: 'ansi',
    evidence: 'coloured terminal output kept in a capture: ua-ollama-docker-3090-loading-healthy (ollama/ollama#2839), mix-ansi-nccl-1',
    apply: perLine((l) => (ERRORISH.test(l) ? `\x1b[1;31m${l}\x1b[0m` : l === '' ? l : `\x1b[32m${l}\x1b[0m`)),
  },
  {
    name: 'ansi-bare',
    evidence: 'the same with the ESC byte lost in a copy ("[31m…[0m"): line-scanner.ts BARE_ANSI was written for it',
    apply: perLine((l) => (ERRORISH.test(l) ? `[31m${l}[0m` : l)),
  },
  {
    name: 'crlf',
    evidence: 'a log written on Windows or pasted through a Windows clipboard: CRLF (fmt-cp1251-dllinit-1, fmt-cp1252-pagefile-1)',
    apply: (t) => t.replace(/\r?\n/g, '\r\n'),
  },
  {
    name: 'cr-bars',
    evidence: 'tqdm frames joined by CR in a captured log (public test fixtures found with find_string "it/s]\\r": HF download, Demucs, ComfyUI tails)',
    apply: perLine((l, i) => (i % 8 === 3 ? `${BAR_FRAMES}${l}` : l)),
  },
  {
    name: 'bar-glued',
    evidence: "a tqdm bar left without its newline, the next message printed on its line ('| 0/525 [00:00<?, ?it/s]Traceback (most recent call last):'): tz-efficientteacher-unlabel-1455-detectron, ra-gptsovits-fwhisper-cublas12-zh-16, tl-torch-master-cuda92-p100-error48 (THCudaCheck after the bar), d3-zh-50series-nokernel-cosyvoice2ex-4",
    apply: perLine((l) => (ERRORISH.test(l) ? `Processing:   0%|          | 0/525 [00:00<?, ?it/s]${l}` : l)),
  },
  {
    name: 'html',
    evidence: 'text copied out of a web page or a scraper keeping entities (&quot; &lt; &#39;): fmt-html-libcudart-1; the latchkey.dev page quoted in Comfy-Org/ComfyUI#16438 ("CUDA &quot;no kernel image…&quot;", "GPU&#39;s")',
    apply: (t) => t.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!),
  },
  {
    name: 'nbsp',
    evidence: 'a log copied from a rendered page: indentation and runs of spaces become NBSP (wrapped-lines.ts LineView.indent counts NBSP for that reason)',
    apply: perLine((l) => l.replace(/^ +/, (s) => '\u00a0'.repeat(s.length)).replace(/ {2,}/g, (s) => '\u00a0 '.repeat(s.length >> 1) + (s.length & 1 ? ' ' : ''))),
  },
  {
    name: 'fullwidth',
    evidence: 'a Chinese IME retyping the colon after an exception name ("Error："): tz-fasterrcnn-win-no-driver-fullwidth, sz-mmdet3d-ext-proc-not-found',
    apply: perLine((l) => l.replace(/^(\s*[\w.]*(?:Error|Exception|Warning)): /, '$1：')),
  },
  {
    name: 'pastebin',
    evidence: 'a pastebin / editor gutter `  12 | `: real-nvcc-gcc13-unsupported-pip-build (Eyeline-Labs/FlashDepth#2), real-llmc-nvcc125-gcc14 (karpathy/llm.c#824)',
    apply: perLine((l, i) => `${String(i + 1).padStart(4, ' ')} | ${l}`),
  },
  {
    name: 'tab',
    evidence: 'every line indented by a tab (an editor or a forum box): real-go-cuda-error-unknown-after-suspend (mumax/3#167), real-nvdocker-luatorch-367-error35 (NVIDIA/nvidia-docker#414)',
    apply: perLine((l) => (l === '' ? l : `\t${l}`)),
  },
  {
    name: 'indent4',
    evidence: 'Markdown / Stack Overflow / Reddit code block: every line indented by four spaces (504 real cases hold such lines)',
    apply: perLine((l) => (l === '' ? l : `    ${l}`)),
  },
  {
    name: 'utf16-bytes',
    evidence: "a Windows console's UTF-16LE output (PowerShell 5.1's `>`) opened as bytes, each zero byte shown as a space: cubiq/ComfyUI_IPAdapter_plus#238 (ng-ipadapter-insightface-ort126-letter-spaced), EvotecIT/PSWriteColor#14",
    // (the zero byte after each line break starts the next line with a space; a character outside ASCII becomes
    // two bytes of Latin-1, as such a tool shows it, a control byte among them a '?')
    apply: (t) => Buffer.from(t, 'utf16le').toString('latin1').replace(/\0/g, ' ').replace(/[\x01-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]/g, '?'),
  },
  {
    name: 'compose-wrap80',
    evidence: 'docker compose logs read in an 80-column terminal: the column on the first piece only, the rest at column 0 (ra-llamacpp-py-compose-cuda35-9, abetlen/llama-cpp-python#763)',
    apply: splitLines((l) => hardCut(80)(`web-1  | ${l}`)),
  },
  {
    name: 'quote-wrap80',
    evidence: 'a terminal copy cut at 80, then quoted in a reply (quote + hard wrap combined; ollama/ollama#5295 quotes a wrapped error)',
    apply: (t) => perLine((l) => (l === '' ? '>' : `> ${l}`))(splitLines(hardCut(80))(t)),
  },
  {
    name: 'mail-reply',
    evidence: 'a mail reply: word-wrapped at 72, then quoted (mailing-list archives; quote + wrap combined)',
    apply: (t) => perLine((l) => (l === '' ? '>' : `> ${l}`))(splitLines(wordWrap(72))(t)),
  },
];

export function transformNamed(name: string): Transform | undefined {
  return TRANSFORMS.find((t) => t.name === name);
}
