// Redacts what a pasted log gives away about its owner before any of it is quoted back into a public
// channel: user names in Windows / WSL / macOS / Linux home paths, tokens and keys, e-mail addresses and
// IP addresses. What matters for a diagnosis survives: the shape of the path, and whether the user name
// had non-ASCII characters (a frequent cause of Windows DLL and compiler failures).
import { isIP } from 'node:net';

const NON_ASCII = /[^\x00-\x7f]/;
const userTag = (name: string): string => (NON_ASCII.test(name) ? '<user:non-ASCII>' : '<user>');

/** C:\Users\name\… , c:/users/name/… , \\?\C:\Users\name , /mnt/c/Users/name/… (names may contain spaces) */
const WINDOWS_HOME = /((?:\b[a-z]:|\/mnt\/[a-z])[\\/]+(?:users|documents and settings)[\\/]+)([^\\/\r\n"'<>|:*?]+?(?=[\\/])|[^\\/\s"'<>|:*?,;)\]]+)/gi;
/** /home/name/… , /Users/name/… (macOS) ; not /home alone */
const UNIX_HOME = /((?:^|[\s"'=:(\[,])(?:\/home|\/Users|\/var\/home))\/([^/\s"':;,)\]]+)/g;
/** ~name/… */
const TILDE_USER = /(^|[\s"'=])~([a-z_][\w.-]{0,31})(?=\/)/gi;

const SECRET_PATTERNS: RegExp[] = [
  // Discord bot tokens: three base64url parts
  /\b[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6,7}\.[A-Za-z\d_-]{27,40}\b/g,
  // well-known prefixed keys: GitHub, Hugging Face, OpenAI / Anthropic, Slack, GitLab, AWS access key ids
  /\b(?:gh[pousr]_[A-Za-z\d]{20,}|github_pat_\w{20,}|hf_[A-Za-z\d]{20,}|sk-(?:ant-|proj-)?[A-Za-z\d_-]{20,}|xox[abprs]-[A-Za-z\d-]{10,}|glpat-[A-Za-z\d_-]{20,}|AKIA[A-Z\d]{16})\b/g,
  // JSON web tokens
  /\beyJ[A-Za-z\d_-]{8,}\.[A-Za-z\d_-]{8,}\.[A-Za-z\d_-]{8,}\b/g,
];
/** key=value / key: value / "key": "value" where the key names a secret */
const SECRET_ASSIGNMENT = /\b((?:[\w-]*?(?:token|secret|password|passwd|pwd|api[_-]?key|access[_-]?key|auth[_-]?key|private[_-]?key|credential)s?)["']?\s*[:=]\s*["']?)([^\s"',;]{4,})/gi;
const BEARER = /\b((?:Bearer|Basic|token)\s+)([A-Za-z\d._~+/=-]{12,})/g;
/** user:password@ in URLs (pip index URLs often carry them) */
const URL_CREDENTIALS = /(\b[a-z][a-z\d+.-]*:\/\/)([^\s/@:]+(?::[^\s/@]*)?)@/gi;
const EMAIL = /\b[A-Za-z\d._%+-]+@[A-Za-z\d.-]+\.[A-Za-z]{2,}\b/g;
/** dotted quads not inside a longer version string (535.104.05, 10.0.19045.2965) */
const IPV4 = /(?<![\w.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\w.]*\d)(?::\d{1,5})?/g;
const IPV6_CANDIDATE = /(?<![\w:])[A-Fa-f\d]{0,4}(?::[A-Fa-f\d]{0,4}){2,7}(?![\w:])/g;
/** addresses that say nothing about a person and often matter for a diagnosis */
const KEEP_IPS = new Set(['127.0.0.1', '0.0.0.0', '255.255.255.255', '::1', '::']);

function redactIpv4(whole: string, a: string, b: string, c: string, d: string): string {
  const octets = [a, b, c, d].map(Number);
  if (octets.some((o) => o > 255)) return whole;
  const ip = octets.join('.');
  if (KEEP_IPS.has(ip)) return whole;
  return '<ip>';
}

function redactIpv6(candidate: string): string {
  if (KEEP_IPS.has(candidate.toLowerCase()) || isIP(candidate) !== 6) return candidate;
  // a bare "12:34:56" time or "c10::cuda" scope is not an address: require "::" or all eight groups
  return candidate.includes('::') || candidate.split(':').length === 8 ? '<ip>' : candidate;
}

export function redactText(text: string): string {
  let out = text;
  out = out.replace(URL_CREDENTIALS, '$1<credentials>@');
  for (const re of SECRET_PATTERNS) out = out.replace(re, '<secret>');
  out = out.replace(BEARER, '$1<secret>');
  out = out.replace(SECRET_ASSIGNMENT, '$1<secret>');
  out = out.replace(EMAIL, '<email>');
  out = out.replace(WINDOWS_HOME, (_m, prefix: string, name: string) => prefix + (/^(public|default|all users)$/i.test(name) ? name : userTag(name)));
  out = out.replace(UNIX_HOME, (_m, prefix: string, name: string) => `${prefix}/${userTag(name)}`);
  out = out.replace(TILDE_USER, (_m, lead: string, name: string) => `${lead}~${userTag(name)}`);
  out = out.replace(IPV4, redactIpv4);
  out = out.replace(IPV6_CANDIDATE, redactIpv6);
  return out;
}
