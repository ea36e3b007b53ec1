// PyTorch's `python -m torch.utils.collect_env` report, read into the same fact names a scan produces.
// Used to compare a scan with collect_env (the benchmark checks the scan collects a superset of its facts).

export interface CollectEnvReport {
  fields: Map<string, string>;
  /** "[pip3] numpy==1.26.0" / "[conda] torch 2.1.0 py3.10_cuda12.1_cudnn8.9.2_0 pytorch" */
  packages: { source: string; name: string; version: string }[];
}

export function parseCollectEnv(text: string): CollectEnvReport {
  const fields = new Map<string, string>();
  const packages: CollectEnvReport['packages'] = [];
  let lastKey: string | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const pkg = /^\[(\w+)\]\s+([\w.-]+)(?:==|\s+)(\S+)/.exec(raw.trim());
    if (pkg) { packages.push({ source: pkg[1]!, name: pkg[2]!.toLowerCase(), version: pkg[3]! }); continue; }
    const kv = /^([A-Za-z][\w ./()-]{1,60}?):\s*(.*)$/.exec(raw);
    if (kv && !raw.startsWith(' ')) {
      lastKey = kv[1]!.trim();
      fields.set(lastKey, kv[2]!.trim());
    } else if (lastKey && raw.trim() && /^$|:$/.test(fields.get(lastKey) ?? '')) {
      // "GPU models and configuration:" or "cuDNN version: Probably one of the following:" continue below
      fields.set(lastKey, `${fields.get(lastKey)} ${raw.trim()}`.trim());
    }
  }
  return { fields, packages };
}

const unknown = (v: string | undefined): boolean => !v || /^(could not collect|n\/a|none|no cuda)$/i.test(v.trim());

/** The facts a collect_env report states, under the scan's fact names. */
export function collectEnvFacts(report: CollectEnvReport): Record<string, string | boolean | string[]> {
  const f = report.fields;
  const out: Record<string, string | boolean | string[]> = {};
  const put = (name: string, v: string | undefined, pick: (s: string) => string | undefined = (s) => s): void => {
    if (unknown(v)) return;
    const value = pick(v!);
    if (value !== undefined) out[name] = value;
  };
  put('torchVersion', f.get('PyTorch version'));
  put('torchBuiltWithCuda', f.get('CUDA used to build PyTorch'));
  put('os', f.get('OS'), (s) => (/windows/i.test(s) ? 'windows' : /mac ?os|darwin/i.test(s) ? 'macos' : 'linux'));
  put('pythonVersion', f.get('Python version'), (s) => /^(\d+\.\d+(?:\.\d+)?)/.exec(s)?.[1]);
  put('pythonBits', f.get('Python version'), (s) => /\((\d+)-bit runtime\)/.exec(s)?.[1]);
  put('torchCudaAvailable', f.get('Is CUDA available'), (s) => String(/^true$/i.test(s)));
  put('cudaToolkitVersion', f.get('CUDA runtime version'), (s) => /^(\d+\.\d+(?:\.\d+)?)/.exec(s)?.[1]);
  put('driverVersion', f.get('Nvidia driver version'));
  put('cudnnVersion', f.get('cuDNN version'), (s) => /(\d+\.\d+\.\d+)/.exec(s)?.[1]);
  const gpus = f.get('GPU models and configuration');
  if (!unknown(gpus)) out.gpuName = [...gpus!.matchAll(/GPU \d+:\s*([^\n]+?)(?=\s*GPU \d+:|$)/g)].map((m) => m[1]!.trim());
  const numpy = report.packages.find((p) => p.name === 'numpy');
  if (numpy) out.numpyVersion = numpy.version;
  return out;
}
