// Framework build facts read from files on disk, without importing the framework.

/** torch/version.py: __version__ = '2.1.0+cu121', cuda = '12.1' (or `cuda: Optional[str] = None`). */
export function parseTorchVersionPy(text: string): { version?: string; cuda?: string | null } {
  const version = /^__version__\s*(?::[^=]+)?=\s*['"]([^'"]+)['"]/m.exec(text)?.[1];
  const cuda = /^cuda\s*(?::[^=]+)?=\s*(?:['"]([^'"]*)['"]|(None))/m.exec(text);
  return {
    ...(version ? { version } : {}),
    ...(cuda ? { cuda: cuda[2] ? null : cuda[1]! } : {}),
  };
}

/** "64_112" (Windows builds) → "11.2", "64_8" → "8", "11.2" → "11.2". */
function normaliseTfLibVersion(v: string | undefined): string | undefined {
  if (!v) return undefined;
  const win = /^64_(\d+)$/.exec(v);
  if (!win) return v;
  const d = win[1]!;
  return d.length === 3 ? `${d.slice(0, 2)}.${d.slice(2)}` : d.length === 2 && Number(d) >= 90 ? `${d[0]}.${d[1]}` : d;
}

/** tensorflow/python/platform/build_info.py, dict style (TF ≥ 2.4) or module constants (TF 2.1–2.3). */
export function parseTfBuildInfo(text: string): { cuda?: string; cudnn?: string; isCudaBuild?: boolean } {
  const str = (key: string): string | undefined =>
    new RegExp(`['"]${key}['"]\\]?\\s*[:=]\\s*['"]([^'"]*)['"]`).exec(text)?.[1] ?? new RegExp(`^${key}(?:_number)?\\s*=\\s*['"]([^'"]*)['"]`, 'm').exec(text)?.[1];
  const bool = (key: string): boolean | undefined => {
    const m = new RegExp(`['"]?${key}['"]?\\]?\\s*[:=]\\s*(True|False)`).exec(text)?.[1];
    return m === undefined ? undefined : m === 'True';
  };
  const cuda = normaliseTfLibVersion(str('cuda_version'));
  const cudnn = normaliseTfLibVersion(str('cudnn_version'));
  const isCudaBuild = bool('is_cuda_build');
  return { ...(cuda ? { cuda } : {}), ...(cudnn ? { cudnn } : {}), ...(isCudaBuild !== undefined ? { isCudaBuild } : {}) };
}
