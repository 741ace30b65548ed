/**
 * A fast 53-bit digest (cyrb53) used to key cached analyses; not for security. Above 1 MB it hashes the
 * first and last 64 kB and every 61st character between, so the main thread is never blocked by it.
 */
export function digest(text: string): string {
  if (text.length > 1_000_000) {
    let sample = '';
    for (let i = 65_536; i < text.length - 65_536; i += 61) sample += text[i] ?? '';
    return `s${hash(text.slice(0, 65_536) + sample + text.slice(-65_536), text.length)}`;
  }
  return hash(text, text.length);
}

function hash(text: string, length: number): string {
  let h1 = 0xdeadbeef ^ length;
  let h2 = 0x41c6ce57 ^ length;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${length.toString(36)}-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
