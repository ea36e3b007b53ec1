// `ldconfig -p`: the shared libraries the dynamic loader knows, "libcudart.so.12 (libc6,x86-64) => /path".

export function parseLdconfig(text: string): { name: string; path: string }[] {
  const out: { name: string; path: string }[] = [];
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*(\S+)\s+\([^)]*\)\s+=>\s+(\S+)\s*$/.exec(line);
    if (m) out.push({ name: m[1]!, path: m[2]! });
  }
  return out;
}
