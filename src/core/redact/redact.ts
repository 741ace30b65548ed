/** Removes keys, secrets, signatures, listen keys, tokens, emails, IP addresses and labelled ids from text. */

/** What was removed, by kind. */
export interface Redaction {
  text: string;
  removed: Record<string, number>;
}

const RULES: [string, RegExp, string | ((m: string, ...g: string[]) => string)][] = [
  ['header', /\b(x-mbx-apikey|authorization|x-api-key|api[-_]?key|apikey|api[-_]?secret|secret[-_]?key|secret|signature|listen[-_]?key|passphrase|password|token|access[-_]?token)(["']?\s*(?:[:=]|=>)\s*["']?)(?:bearer\s+)?(?!\[redacted\])[^\s"'&,;}\]]{4,}/gi, (_m, k: string, sep: string) => `${k}${sep}[redacted]`],
  ['bearer', /\bbearer\s+[A-Za-z0-9._~+/=-]{8,}/gi, 'Bearer [redacted]'],
  ['listen-key', /(\/(?:ws|stream)\/|listenKey\/?)[A-Za-z0-9]{40,80}\b/g, (_m, p: string) => `${p}[redacted]`],
  ['long-secret', /(?<![A-Za-z0-9])[A-Za-z0-9]{56,128}(?![A-Za-z0-9])/g, '[redacted]'],
  ['hex-signature', /(?<![A-Fa-f0-9])[a-f0-9]{40,128}(?![A-Fa-f0-9])/gi, '[redacted]'],
  ['email', /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g, '[email]'],
  ['ipv4', /(?<![\d.])(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}(?![\d.])/g, '[ip]'],
  ['ipv6', /(?<![:\w])(?:[A-Fa-f0-9]{1,4}:){2,7}(?::|[A-Fa-f0-9]{1,4})(?![:\w])|(?<![:\w])(?:[A-Fa-f0-9]{1,4}:){1,6}:(?:[A-Fa-f0-9]{1,4}:?){0,6}(?![:\w])/g, '[ip]'],
  ['account-id', /\b((?:uid|user[_-]?id|account[_-]?id|sub[_-]?account[_-]?id|userId|accountId)["']?\s*(?:[:=]|=>)\s*["']?)\d{5,}/gi, (_m, p: string) => `${p}[id]`],
];

/** Redacts every secret-like thing in `text`; says how many of each kind were removed. */
export function redact(text: string): Redaction {
  const removed: Record<string, number> = {};
  let out = text;
  for (const [kind, re, by] of RULES) {
    out = out.replace(re, (...args: unknown[]) => {
      const m = String(args[0]);
      if (kind === 'ipv6' && !m.includes('::') && (m.match(/:/g) ?? []).length < 5) return m;
      removed[kind] = (removed[kind] ?? 0) + 1;
      return typeof by === 'string' ? by : by(m, ...(args.slice(1, -2) as string[]));
    });
  }
  return { text: out, removed };
}
