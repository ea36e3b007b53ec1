// cuDNN's version from cudnn_version.h (cuDNN ≥ 8) or cudnn.h (cuDNN ≤ 7).

export function parseCudnnHeader(text: string): string | undefined {
  const get = (name: string): string | undefined => new RegExp(`#define\\s+CUDNN_${name}\\s+(\\d+)`).exec(text)?.[1];
  const major = get('MAJOR');
  const minor = get('MINOR');
  if (major === undefined || minor === undefined) return undefined;
  const patch = get('PATCHLEVEL');
  return patch === undefined ? `${major}.${minor}` : `${major}.${minor}.${patch}`;
}

/** The cuDNN major a library file name asks for: cudnn64_8.dll, libcudnn.so.9 → "8", "9". */
export function cudnnMajorFromLib(name: string): string | undefined {
  return /^cudnn64_(\d+)\.dll$/i.exec(name)?.[1] ?? /^libcudnn\.so\.(\d+)/.exec(name)?.[1];
}
