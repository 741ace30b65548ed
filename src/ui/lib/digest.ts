/**
 * A fast 53-bit digest (cyrb53) used to key cached analyses; not for security. Above 1 MB it hashes the
 * first and last 64 kB and every 61st character between, so the main thread is never blocked by it.
 */
export function digest(text: string): string {
  const n = text.length;
  if (n <= 1_000_000) return hash(text, 0, n, 1);
  const head = hash(text, 0, 65_536, 1);
  const middle = hash(text, 65_536, n - 65_536, 61);
  const tail = hash(text, n - 65_536, n, 1);
  return `s${n.toString(36)}-${head}-${middle}-${tail}`;
}

/** cyrb53 over text[from], text[from + step], … below `to`. */
function hash(text: string, from: number, to: number, step: number): string {
  let h1 = 0xdeadbeef ^ (to - from);
  let h2 = 0x41c6ce57 ^ (to - from);
  for (let i = from; i < to; i += step) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${(to - from).toString(36)}-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
