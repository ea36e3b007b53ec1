// Redacts what a log gives away about its owner before any of it is shown to others (the bot's replies,
// shared reports, GitHub comments): user names in home paths of every OS, shell prompts' user@host, host
// names, tokens and keys, e-mail addresses and IP addresses. What matters for a diagnosis survives: the
// shape of a path, and whether the user name had non-ASCII characters (a frequent cause of Windows DLL
// and compiler failures).
//
// Every pattern here runs in linear time: a run of characters is either bounded ({0,31}) or followed by a
// lookahead that its own class cannot satisfy, and a pattern that could start anywhere in a long word is
// pinned by a lookbehind, so a crafted line cannot make a replace quadratic (test/redact.test.ts proves each with the
// rule loader's analyser, scslre, which also reports a pattern that is quadratic over its start positions).
import { isIP } from 'node:net';

export type RedactionKind = 'user' | 'host' | 'secret' | 'credentials' | 'email' | 'ip';

export interface Redaction {
  text: string;
  /** what was hidden, in a fixed order, each kind once: tell the person sharing the log */
  kinds: RedactionKind[];
}

const KIND_ORDER: RedactionKind[] = ['user', 'host', 'secret', 'credentials', 'email', 'ip'];

const NON_ASCII = /[^\x00-\x7f]/;
const userTag = (name: string): string => (NON_ASCII.test(name) ? '<user:non-ASCII>' : '<user>');

/**
 * C:\Users\name\… , c:/users/name/… , \\?\C:\Users\name , /mnt/c/Users/name (WSL), /c/Users/name (Git Bash),
 * /cygdrive/c/Users/name. Names may contain spaces when a separator follows them.
 */
const WINDOWS_HOME = /((?:\b[a-z]:|\/mnt\/[a-z]|\/cygdrive\/[a-z]|(?<![\w.])\/[a-z](?=\/))[\\/]+(?:users|documents and settings)[\\/]+)([^\\/\r\n"'<>|:*?]{1,64}(?=[\\/])|[^\\/\s"'<>|:*?,;)\]]{1,64}(?![^\\/\s"'<>|:*?,;)\]]))/gi;
const WINDOWS_SHARED = /^(?:public|default|default user|all users)$/i;
/** /home/name/… , /Users/name/… (macOS), /var/home/name (Silverblue); not /home alone */
const UNIX_HOME = /(?<![\w.])(\/home|\/Users|\/var\/home)\/([^/\s"':;,)\]<>]{1,64})(?![^/\s"':;,)\]<>])/g;
/** ~name/… */
const TILDE_USER = /(^|[\s"'=])~([a-z_][\w.-]{0,31})(?=\/)/gi;
/** shell prompts: `user@host:~/dir$`, `(env) user@host:/x#`, `[user@host dir]$` */
const PROMPT = /(?<![\w.@-])([a-z_][\w.-]{0,31})@([A-Za-z\d][\w-]{0,62})(?=:[~/]|[ \t]+[^\s\]]{1,255}\][$#])/g;
/** Windows' generated machine names, and host names a log labels as such */
const WINDOWS_HOSTNAME = /\b(?:DESKTOP|LAPTOP|WIN)-[A-Z\d]{6,12}\b/g;
const LABELLED_HOST = /\b((?:host ?name|computer ?name|node ?name|machine ?name|SLURMD_NODENAME|SLURM_NODELIST)[ \t]*[:=][ \t]*["']?)([A-Za-z\d][\w.-]{0,252})(?![\w.-])/gi;

const SECRET_PATTERNS: RegExp[] = [
  // Discord bot tokens: three base64url parts
  /(?<![\w-])[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,40}(?![\w-])/g,
  // prefixed keys: GitHub, Hugging Face, OpenAI / Anthropic, Slack, GitLab, Stripe-style, AWS access key ids
  /(?<![\w-])(?:gh[pousr]_[A-Za-z\d]{20,}(?![A-Za-z\d])|github_pat_\w{20,}(?!\w)|hf_[A-Za-z\d]{20,}(?![A-Za-z\d])|sk-(?:ant-|proj-)?[A-Za-z\d_-]{20,}(?![\w-])|xox[abeprs]-[A-Za-z\d-]{10,}(?![A-Za-z\d-])|glpat-[A-Za-z\d_-]{20,}(?![\w-])|(?:AKIA|ASIA)[A-Z\d]{16}(?![A-Z\d]))/g,
  // Slack incoming webhooks
  /https:\/\/hooks\.slack\.com\/services\/[A-Za-z\d/]{20,}(?![A-Za-z\d/])/g,
  // JSON web tokens
  /(?<![\w-])eyJ[A-Za-z\d_-]{8,}\.[A-Za-z\d_-]{8,}\.[A-Za-z\d_-]{8,}(?![\w-])/g,
];
/**
 * key=value / key: value / "key": "value" / `API key: …` where the key names a secret. The match starts at
 * the key word itself (HF_TOKEN= matches at TOKEN=), so no run of word characters is scanned twice.
 */
const SECRET_ASSIGNMENT = /((?:token|secret|password|passwd|pwd|api[ _-]?key|access[_-]?key|auth[_-]?key|private[_-]?key|credential|(?<![a-z])key)s?["']?[ \t]*[:=][ \t]*["']?)([^\s"',;]{4,})/gi;
const BEARER = /\b((?:Bearer|Basic|token)[ \t]+)([A-Za-z\d._~+/=-]{12,})(?![A-Za-z\d._~+/=-])/g;
/** AWS secret access keys: 40 base64 characters after their usual label */
const AWS_SECRET = /(aws_secret_access_key[ \t]*[:=][ \t]*["']?)([A-Za-z\d/+=]{40})(?![A-Za-z\d/+=])/gi;
/** user:password@ in URLs (pip index URLs often carry them) */
const URL_CREDENTIALS = /(\b[a-z][a-z\d+.-]{0,15}:\/\/)([^\s/@:]+(?::[^\s/@]*)?)@/gi;
const EMAIL = /(?<![A-Za-z\d._%+-])[A-Za-z\d._%+-]{1,64}@[A-Za-z\d-]{1,63}(?:\.[A-Za-z\d-]{1,63})*\.[A-Za-z]{2,24}(?![A-Za-z\d-])/g;
/** dotted quads not inside a longer version string (535.104.05, 10.0.19045.2965) */
const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.]*\d)(?::\d{1,5})?/g;
const IPV6_CANDIDATE = /(?<![\w:])[A-Fa-f\d]{0,4}(?::[A-Fa-f\d]{0,4}){2,7}(?![\w:])/g;
/** addresses that say nothing about a person and often matter for a diagnosis */
const KEEP_IPS = new Set(['127.0.0.1', '0.0.0.0', '255.255.255.255', '::1', '::']);

function ipv4(whole: string, a: string, b: string, c: string, d: string): string | null {
  const octets = [a, b, c, d].map(Number);
  if (octets.some((o) => o > 255)) return null;
  return KEEP_IPS.has(octets.join('.')) ? null : '<ip>';
}

function ipv6(candidate: string): string | null {
  if (KEEP_IPS.has(candidate.toLowerCase()) || isIP(candidate) !== 6) return null;
  // a bare "12:34:56" time or "c10::cuda" scope is not an address: require "::" or all eight groups
  return candidate.includes('::') || candidate.split(':').length === 8 ? '<ip>' : null;
}

/** One step: a pattern, the kind it hides, and the replacement (null keeps the match as it was). */
type Step = [RegExp, RedactionKind, (match: string, ...groups: string[]) => string | null];

const STEPS: Step[] = [
  [URL_CREDENTIALS, 'credentials', (_m, scheme) => `${scheme}<credentials>@`],
  ...SECRET_PATTERNS.map((re): Step => [re, 'secret', () => '<secret>']),
  [AWS_SECRET, 'secret', (_m, key) => `${key}<secret>`],
  [BEARER, 'secret', (_m, lead) => `${lead}<secret>`],
  [SECRET_ASSIGNMENT, 'secret', (_m, key) => `${key}<secret>`],
  [PROMPT, 'user', (_m, user, host) => `${userTag(user!)}@${/^localhost$/i.test(host!) ? host : '<host>'}`],
  [EMAIL, 'email', () => '<email>'],
  [WINDOWS_HOME, 'user', (_m, prefix, name) => (WINDOWS_SHARED.test(name!.trim()) ? null : prefix + userTag(name!))],
  [UNIX_HOME, 'user', (_m, prefix, name) => `${prefix}/${userTag(name!)}`],
  [TILDE_USER, 'user', (_m, lead, name) => `${lead}~${userTag(name!)}`],
  [WINDOWS_HOSTNAME, 'host', () => '<host>'],
  [LABELLED_HOST, 'host', (_m, label, host) => (/^localhost$/i.test(host!) ? null : `${label}<host>`)],
  [IPV4, 'ip', ipv4],
  [IPV6_CANDIDATE, 'ip', ipv6],
];

/** Every pattern redact() runs, in its order (test/redact.test.ts proves each linear). */
export const REDACTION_PATTERNS: readonly RegExp[] = STEPS.map(([re]) => re);

/** The text with personal details hidden, and which kinds of detail were found. */
export function redact(text: string): Redaction {
  const found = new Set<RedactionKind>();
  let out = text;
  for (const [re, kind, replace] of STEPS) {
    // the callback gets the groups first (then offset and input, which no step reads)
    out = out.replace(re, (match: string, ...groups: string[]) => {
      const replaced = replace(match, ...groups);
      if (replaced === null) return match;
      // a step sees what earlier steps left: a replacement equal to the match hides nothing new
      if (replaced !== match) found.add(kind);
      return replaced;
    });
  }
  return { text: out, kinds: KIND_ORDER.filter((k) => found.has(k)) };
}

export function redactText(text: string): string {
  return redact(text).text;
}
