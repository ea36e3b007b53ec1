// CUDA toolkit versions as the toolkit itself writes them.

/** `nvcc --version`: "Cuda compilation tools, release 11.8, V11.8.89" → "11.8.89" (or "11.8"). */
export function parseNvccVersion(text: string): string | undefined {
  const m = /release\s+(\d+\.\d+)(?:,\s*V(\d+\.\d+(?:\.\d+)?))?/i.exec(text);
  if (!m) return undefined;
  return m[2] ?? m[1];
}

/** version.txt (CUDA ≤ 11.0): "CUDA Version 10.2.89". */
export function parseVersionTxt(text: string): string | undefined {
  return /CUDA Version\s+(\d+\.\d+(?:\.\d+)?)/i.exec(text)?.[1];
}

/** version.json (CUDA ≥ 11.1): { "cuda": { "version": "11.2.2" }, … }. */
export function parseVersionJson(text: string): string | undefined {
  try {
    const v = (JSON.parse(text) as { cuda?: { version?: unknown } }).cuda?.version;
    return typeof v === 'string' && /^\d+\.\d+/.test(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

/** Folders of pip-style toolkits (dist-info/nvidia_cuda_runtime-13.0.96.dist-info) → "13.0.96". */
export function versionFromDistInfo(names: string[]): string | undefined {
  for (const prefix of ['nvidia_cuda_runtime', 'nvidia_cuda_nvcc', 'nvidia_cuda_cudart']) {
    const hit = names.map((n) => new RegExp(`^${prefix}(?:_cu\\d+)?-(\\d+\\.\\d+(?:\\.\\d+)*)\\.dist-info$`, 'i').exec(n)).find(Boolean);
    if (hit) return hit[1];
  }
  return undefined;
}

/** A version in a toolkit folder name: "cuda-12.4", "v11.2", "cuda12.1" → "12.4". */
export function versionFromDirName(name: string): string | undefined {
  return /(?:^|[-_v]|cuda)(\d{1,2}\.\d)$/i.exec(name)?.[1];
}
