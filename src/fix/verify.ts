// After a fix: run the probes again and say which findings are gone. Environment changes only reach new
// shells, so the re-scan sees the environment a new shell would get (the applied env actions on top of ours).
import type { FixHost } from './host.js';
import type { EnvAction, Plan, ScanResult } from './types.js';

export type Scanner = (host: FixHost) => Promise<ScanResult>;

export interface Verification {
  gone: string[];
  remaining: string[];
}

export function envAfter(env: NodeJS.ProcessEnv, actions: EnvAction[], windows: boolean): NodeJS.ProcessEnv {
  const out = { ...env };
  const sep = windows ? ';' : ':';
  for (const a of actions) {
    if (a.kind === 'path-add') {
      const key = windows ? Object.keys(out).find((k) => k.toUpperCase() === 'PATH') ?? 'Path' : a.variable;
      const cur = out[key];
      // a Windows user PATH entry comes after the system PATH; a shell-block entry goes in front
      out[key] = !cur ? a.entry : windows ? `${cur}${sep}${a.entry}` : `${a.entry}${sep}${cur}`;
    } else if (a.kind === 'env-set') out[a.name] = a.value;
    else delete out[a.name];
  }
  return out;
}

export async function verify(plan: Plan, host: FixHost, scan: Scanner): Promise<Verification> {
  const targeted = [...new Set(plan.items.filter((i) => i.status === 'pending' || i.status === 'done').map((i) => i.findingId))];
  const envActions = plan.items.filter((i) => i.status === 'pending' || i.status === 'done').map((i) => i.action)
    .filter((a): a is EnvAction => a.kind === 'path-add' || a.kind === 'env-set' || a.kind === 'env-unset');
  const after = await scan({ ...host, env: envAfter(host.env, envActions, host.os === 'windows') });
  const still = new Set(after.findings.map((f) => f.id));
  return { gone: targeted.filter((id) => !still.has(id)), remaining: targeted.filter((id) => still.has(id)) };
}
