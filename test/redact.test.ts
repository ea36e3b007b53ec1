import { describe, expect, it } from 'vitest';
import { REDACTION_PATTERNS, redact, redactText } from '../src/redact/redact.js';
import { slowness } from '../src/engine/linear/analyse.js';

describe('redactText', () => {
  it('hides Windows user names in paths, and says when the name was non-ASCII', () => {
    expect(redactText('Could not load C:\\Users\\jsmith\\anaconda3\\envs\\tf\\lib\\site-packages\\cudnn64_8.dll'))
      .toBe('Could not load C:\\Users\\<user>\\anaconda3\\envs\\tf\\lib\\site-packages\\cudnn64_8.dll');
    expect(redactText('File "C:\\Users\\张伟\\AppData\\Local\\Programs\\Python\\Python310\\lib\\ctypes\\__init__.py", line 374'))
      .toBe('File "C:\\Users\\<user:non-ASCII>\\AppData\\Local\\Programs\\Python\\Python310\\lib\\ctypes\\__init__.py", line 374');
    expect(redactText('c:/users/Ana María/miniconda3/python.exe')).toBe('c:/users/<user:non-ASCII>/miniconda3/python.exe');
    expect(redactText('/mnt/c/Users/bob/Downloads/cudnn.zip')).toBe('/mnt/c/Users/<user>/Downloads/cudnn.zip');
    // nothing personal in these
    expect(redactText('C:\\Users\\Public\\Desktop')).toBe('C:\\Users\\Public\\Desktop');
    expect(redactText('C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8\\bin')).toBe('C:\\Program Files\\NVIDIA GPU Computing Toolkit\\CUDA\\v11.8\\bin');
  });

  it('hides home directories on Linux and macOS', () => {
    expect(redactText('  File "/home/alice/venv/lib/python3.10/site-packages/torch/__init__.py", line 229'))
      .toBe('  File "/home/<user>/venv/lib/python3.10/site-packages/torch/__init__.py", line 229');
    expect(redactText('/Users/bob.k/miniforge3/bin/python')).toBe('/Users/<user>/miniforge3/bin/python');
    expect(redactText('cd ~carol/projects')).toBe('cd ~<user>/projects');
    expect(redactText('ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory'))
      .toBe('ImportError: libcudnn.so.8: cannot open shared object file: No such file or directory');
  });

  it('hides tokens, keys and credentials', () => {
    expect(redactText('HF_TOKEN=hf_abcdefghijklmnopqrstuvwxyz123456')).toBe('HF_TOKEN=<secret>');
    expect(redactText('using ghp_0123456789abcdefghijABCDEFGHIJ012345 for git')).toBe('using <secret> for git');
    expect(redactText('api_key: "abc123def456"')).toBe('api_key: "<secret>"');
    expect(redactText('Authorization: Bearer abcdefghijklmnop.qrstuv')).toBe('Authorization: Bearer <secret>');
    expect(redactText('Looking in indexes: https://deploy:s3cr3t@pypi.example.com/simple')).toBe('Looking in indexes: https://<credentials>@pypi.example.com/simple');
    expect(redactText('MTA1MjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789'))
      .toBe('<secret>');
  });

  it('hides e-mail addresses and IP addresses but keeps versions and loopback', () => {
    expect(redactText('Author-email: jane.doe@example.org')).toBe('Author-email: <email>');
    expect(redactText('connect to 192.168.1.23:29500 failed')).toBe('connect to <ip> failed');
    expect(redactText('MASTER_ADDR=10.0.0.5')).toBe('MASTER_ADDR=<ip>');
    expect(redactText('listening on 127.0.0.1:8888')).toBe('listening on 127.0.0.1:8888');
    expect(redactText('inet6 fe80::1c2b:3dff:fe4e:5f60')).toBe('inet6 <ip>');
    // versions that look like dotted quads
    expect(redactText('Driver Version: 535.104.05   CUDA Version: 12.2')).toBe('Driver Version: 535.104.05   CUDA Version: 12.2');
    expect(redactText('Faulting module name: nvcuda64.dll, version: 31.0.15.3129')).toBe('Faulting module name: nvcuda64.dll, version: 31.0.15.3129');
    expect(redactText('Microsoft Windows [Version 10.0.19045.2965]')).toBe('Microsoft Windows [Version 10.0.19045.2965]');
    expect(redactText('2023-01-05 10:12:01.123: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1616]'))
      .toBe('2023-01-05 10:12:01.123: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1616]');
    expect(redactText('c10::cuda::CUDAError')).toBe('c10::cuda::CUDAError');
  });
});

// One row per kind of secret or personal detail the issue names; each `secret` must be gone from the
// output and `keep` (what matters for the diagnosis) must survive.
const TABLE: Array<{ what: string; line: string; secret: string; keep?: string; kind: string }> = [
  { what: 'Hugging Face token', line: 'huggingface-cli login --token hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345', secret: 'hf_AbCdEfGhIjKlMnOpQrStUvWxYz012345', keep: 'huggingface-cli login', kind: 'secret' },
  { what: 'OpenAI key', line: 'openai.AuthenticationError: Incorrect API key provided: sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34', secret: 'sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12Mn34', keep: 'Incorrect API key provided', kind: 'secret' },
  { what: 'Anthropic key', line: 'ANTHROPIC_API_KEY=sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWx-yz0123456789', secret: 'AbCdEfGhIjKlMnOpQrStUvWx', keep: 'ANTHROPIC_API_KEY=', kind: 'secret' },
  { what: 'GitHub token', line: 'remote: Invalid username or token. ghp_0123456789abcdefghijABCDEFGHIJ012345', secret: 'ghp_0123456789abcdefghijABCDEFGHIJ012345', kind: 'secret' },
  { what: 'GitHub fine-grained token', line: 'GITHUB_TOKEN: github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz', secret: 'github_pat_11ABCDEFG0123456789', kind: 'secret' },
  { what: 'AWS access key id', line: 'Credentials: AKIAIOSFODNN7EXAMPLE (profile default)', secret: 'AKIAIOSFODNN7EXAMPLE', keep: '(profile default)', kind: 'secret' },
  { what: 'AWS secret key', line: 'aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', secret: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', kind: 'secret' },
  { what: 'Discord bot token', line: 'DiscordAPIError: 401 with MTA1MjM0NTY3ODkwMTIzNDU2Nw.GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789', secret: 'GhIjKl.abcdefghijklmnopqrstuvwxyz0123456789', keep: 'DiscordAPIError: 401', kind: 'secret' },
  { what: 'JWT', line: 'Authorization header: eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', secret: 'dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', kind: 'secret' },
  { what: 'Slack bot token', line: 'slack_sdk.errors.SlackApiError: token xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx', secret: 'xoxb-123456789012', keep: 'SlackApiError', kind: 'secret' },
  { what: 'Slack webhook', line: 'posting to https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX failed', secret: 'T00000000/B00000000', kind: 'secret' },
  { what: 'generic key=', line: 'export WANDB_KEY=0123456789abcdef0123', secret: '0123456789abcdef0123', keep: 'export WANDB_KEY=', kind: 'secret' },
  { what: 'generic token=', line: 'url: https://example.com/model.bin?token=AbC123xyz789QwE', secret: 'AbC123xyz789QwE', kind: 'secret' },
  { what: 'wandb API key line', line: 'wandb: API key: 0123456789abcdef0123456789abcdef01234567', secret: '0123456789abcdef0123456789abcdef01234567', keep: 'wandb: API key: ', kind: 'secret' },
  { what: 'password in an index URL', line: 'Looking in indexes: https://deploy:s3cr3t@pypi.example.com/simple', secret: 's3cr3t', keep: 'pypi.example.com/simple', kind: 'credentials' },
  { what: 'e-mail', line: 'Author-email: jane.doe@example.org', secret: 'jane.doe', kind: 'email' },
  { what: 'IPv4 with port', line: 'connect to 192.168.1.23:29500 failed', secret: '192.168.1.23', keep: 'failed', kind: 'ip' },
  { what: 'IPv6', line: 'inet6 fe80::1c2b:3dff:fe4e:5f60', secret: '3dff:fe4e', kind: 'ip' },
  { what: 'Linux home', line: 'File "/home/alice/venv/lib/python3.10/site-packages/torch/__init__.py"', secret: 'alice', keep: '/home/<user>/venv/lib/python3.10', kind: 'user' },
  { what: 'macOS home', line: 'dyld: Library not loaded: /Users/bob.k/miniforge3/lib/libomp.dylib', secret: 'bob.k', keep: '/Users/<user>/miniforge3', kind: 'user' },
  { what: 'Windows home', line: 'OSError: [WinError 126] C:\\Users\\jsmith\\anaconda3\\Lib\\site-packages\\torch\\lib\\c10.dll', secret: 'jsmith', keep: 'C:\\Users\\<user>\\anaconda3', kind: 'user' },
  { what: 'Windows home, forward slashes and a space', line: 'c:/users/Ana Maria/miniconda3/python.exe', secret: 'Ana Maria', keep: 'c:/users/<user>/miniconda3', kind: 'user' },
  { what: 'WSL path to a Windows home', line: 'cp /mnt/c/Users/bob/Downloads/cudnn.tar.xz .', secret: 'bob', keep: '/mnt/c/Users/<user>/Downloads', kind: 'user' },
  { what: 'Git Bash path', line: '$ /c/Users/carol/venv/Scripts/python -V', secret: 'carol', keep: '/c/Users/<user>/venv', kind: 'user' },
  { what: 'Cygwin path', line: '/cygdrive/c/Users/dave/proj/run.sh: line 3', secret: 'dave', kind: 'user' },
  { what: 'Windows XP-era home', line: 'C:\\Documents and Settings\\erin\\Desktop\\log.txt', secret: 'erin', kind: 'user' },
  { what: 'Silverblue home', line: '/var/home/frank/.local/lib/python3.12', secret: 'frank', kind: 'user' },
  { what: 'prompt user@host:~', line: '(base) jsmith@gpubox:~/proj$ python train.py', secret: 'gpubox', keep: ':~/proj$ python train.py', kind: 'user' },
  { what: 'root prompt in a container', line: 'root@4f3a2b1c9d8e:/workspace# nvidia-smi', secret: '4f3a2b1c9d8e', keep: ':/workspace# nvidia-smi', kind: 'user' },
  { what: 'bracketed prompt', line: '[alice@node017 ~]$ nvcc -V', secret: 'node017', keep: ' ~]$ nvcc -V', kind: 'user' },
  { what: 'Windows machine name', line: 'Host Name:                 DESKTOP-7QK2L9M', secret: '7QK2L9M', keep: 'Host Name:', kind: 'host' },
  { what: 'labelled host name', line: 'hostname: gpu-worker-3.internal.example', secret: 'gpu-worker-3', kind: 'host' },
];

describe('the table of secrets and personal details', () => {
  it.each(TABLE)('hides $what', ({ line, secret, keep, kind }) => {
    const r = redact(line);
    expect(r.text).not.toContain(secret);
    if (keep) expect(r.text).toContain(keep);
    expect(r.kinds).toContain(kind);
  });

  it('reports nothing for a log with nothing personal in it', () => {
    const log = [
      'Driver Version: 535.104.05   CUDA Version: 12.2',
      "2023-01-05 10:12:01.123: I tensorflow/core/common_runtime/gpu/gpu_device.cc:1616] Created device /job:localhost/replica:0/task:0/device:GPU:0",
      'Looking in indexes: https://download.pytorch.org/whl/cu121',
      'KeyError: \'model_state_dict\'',
      'tokenizer_config.json: 100%|██████████| 1.2k/1.2k',
    ].join('\n');
    expect(redact(log)).toEqual({ text: log, kinds: [] });
  });
});

describe('redaction stays linear on hostile lines', () => {
  // the analyser the rule loader proves rule patterns with: two quantifiers trading characters, a quantifier inside a
  // repeated group, and (a replace tries every start) a pattern that can start anywhere inside a long run
  it.each(REDACTION_PATTERNS.map((re) => [re.source.slice(0, 60), re] as const))('%s… is proven linear', (_s, re) => {
    expect(slowness(re.source, re.flags)).toBeNull();
  });
  it('the proof is not empty: the analyser refuses the e-mail pattern a naive redactor writes (unbounded, unpinned)', () => {
    expect(REDACTION_PATTERNS.length).toBeGreaterThanOrEqual(15);
    // on 64 KB of 'a.' this one backtracks from every start: seconds of CPU, where the shipped one takes milliseconds
    expect(slowness('[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+', 'g')).not.toBeNull();
  });

  // shapes that make a naive pattern quadratic: long runs of the characters a pattern's loops accept. What each
  // gives: nothing personal in a run of words, dots, colons or quotes; a key, a home folder hidden where one is.
  const runs: Array<[string, string[]]> = [
    ['a.', []], ['a-', []], ['eyJ', []], ['x@', []], [':', []], ['1.', []], ['a:', []], ['token ', []], [' ', []], ['a@b.', []], ['hf_', []],
    ['sk-', ['secret']], ['key=', ['secret']], ['C:\\Users\\', ['user']], ['/home/', ['user']],
  ];
  it.each(runs)('64 KB of %j', (unit, kinds) => {
    const line = unit.repeat(Math.ceil(65536 / unit.length)) + '!';
    const r = redact(line);
    expect(r.kinds).toEqual(kinds);
    if (kinds.length === 0) expect(r.text).toBe(line);
    else expect(r.text).toMatch(/<(?:secret|user)>/);
  });
  it('a 64 KB key is hidden whole, and so is one after the key= label', () => {
    expect(redact('sk-'.repeat(21846) + '!').text).toBe('<secret>!');
    expect(redact('key='.repeat(16384) + '!').text).toBe('key=<secret>');
  });
});
