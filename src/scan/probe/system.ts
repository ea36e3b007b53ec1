// OS, architecture, WSL1 vs WSL2 (the kernel names it) and container detection.
import type { Host } from '../host.js';
import type { SystemInfo } from '../model.js';

export function osFromKernel(platform: Host['platform'], kernel: string, procVersion = ''): SystemInfo['os'] {
  if (platform === 'win32') return 'windows';
  if (platform === 'darwin') return 'macos';
  const text = `${kernel} ${procVersion}`;
  if (/microsoft-standard|WSL2/i.test(text)) return 'wsl2';
  if (/-Microsoft\b/.test(text) || /\bMicrosoft\b/.test(procVersion)) return 'wsl1';
  return 'linux';
}

export async function probeSystem(host: Host): Promise<SystemInfo> {
  const info: SystemInfo = { os: 'linux', arch: host.arch, kernel: host.release };
  if (host.platform !== 'linux') {
    info.os = osFromKernel(host.platform, host.release);
    return info;
  }
  const [procVersion, dockerenv, containerenv, cgroup] = await Promise.all([
    host.readFile('/proc/version'),
    host.exists('/.dockerenv'),
    host.exists('/run/.containerenv'),
    host.readFile('/proc/1/cgroup'),
  ]);
  info.os = osFromKernel('linux', host.release, procVersion ?? '');
  if (dockerenv) info.container = 'docker';
  else if (containerenv) info.container = 'podman';
  else if (/kubepods/.test(cgroup ?? '')) info.container = 'kubernetes';
  else if (/docker|containerd/.test(cgroup ?? '')) info.container = 'docker';
  return info;
}
