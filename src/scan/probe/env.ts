// The environment variables that change how the GPU stack loads, and pip's index / mirror settings.
import { envGet, pathOf, type Host } from '../host.js';

const INTERESTING = /^(CUDA_VISIBLE_DEVICES|CUDA_HOME|CUDA_PATH(?:_V\d+_\d+)?|CUDA_ROOT|CUDNN_PATH|LD_LIBRARY_PATH|LD_PRELOAD|XLA_FLAGS|TF_(?!CLI_)\w+|PYTORCH_\w+|TORCH_CUDA_ARCH_LIST|NVIDIA_VISIBLE_DEVICES|NVIDIA_DRIVER_CAPABILITIES|CONDA_PREFIX|CONDA_DEFAULT_ENV|VIRTUAL_ENV|PYTHONPATH|PYTHONHOME|PIP_INDEX_URL|PIP_EXTRA_INDEX_URL|PIP_FIND_LINKS|UV_INDEX_URL)$/i;

export function interestingEnv(host: Pick<Host, 'env'>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(host.env)) if (v !== undefined && INTERESTING.test(k)) out[k] = v;
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

/** index-url from a pip.conf / pip.ini text ("[global]\nindex-url = https://…"). */
export function parsePipConfig(text: string): string | undefined {
  return /^\s*index[-_]url\s*[=:]\s*(\S+)/im.exec(text)?.[1];
}

/** The index pip installs from: PIP_INDEX_URL, else the first pip config file that names one. */
export async function probePipIndex(host: Host): Promise<string | undefined> {
  const fromEnv = envGet(host, 'PIP_INDEX_URL');
  if (fromEnv) return fromEnv;
  const p = pathOf(host);
  const files = host.platform === 'win32'
    ? [envGet(host, 'PIP_CONFIG_FILE'), p.join(envGet(host, 'APPDATA') ?? p.join(host.homedir, 'AppData', 'Roaming'), 'pip', 'pip.ini'), p.join(host.homedir, 'pip', 'pip.ini'), 'C:\\ProgramData\\pip\\pip.ini']
    : [envGet(host, 'PIP_CONFIG_FILE'), p.join(envGet(host, 'XDG_CONFIG_HOME') ?? p.join(host.homedir, '.config'), 'pip', 'pip.conf'), p.join(host.homedir, '.pip', 'pip.conf'), '/etc/pip.conf', '/etc/xdg/pip/pip.conf'];
  for (const f of files) {
    if (!f) continue;
    const v = parsePipConfig((await host.readFile(f)) ?? '');
    if (v) return v;
  }
  return undefined;
}
