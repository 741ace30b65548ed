/**
 * Share links: `#d=<version>.<base64url(deflate(JSON))>`. The payload carries a redacted paste (or an
 * excerpt, or none), the chosen finding, the product chosen for it and the answers. Opening a link is opening untrusted input:
 * length checked before inflating, inflated size capped, schema validated, only known values kept.
 */
import { Inflate, deflateSync, strToU8, strFromU8 } from 'fflate';
import { redact } from '../redact/redact';
import type { Product } from '../types';

// NOTE: share formats are frozen once released: v1 (paste, scope, finding, answers) and v2 (v1 plus the
// product choice) decode forever; a new format is a new version, never an edit of an old one.
const VERSION = 2;
const KNOWN_VERSIONS = new Set([1, 2]);
// NOTE: adding a product is adding an allowed value; links made before it keep decoding.
const PRODUCT_VALUES = new Set<Product>(['usdm', 'coinm', 'spot', 'pm', 'sapi', 'options', 'us', 'wsapi', 'link']);

/** What a link carries. */
export interface SharePayload {
  /** The (redacted) paste, or an excerpt of it; empty when only the diagnosis is shared. */
  text: string;
  /** How much of the paste the link carries. */
  scope: 'full' | 'excerpt' | 'none';
  /** The chosen finding's id, e.g. `usdm:-2019`. */
  selected: string | null;
  /** The answers given, by question id. */
  answers: Record<string, string>;
  /** The product the user chose for the chosen finding (v2); null when they kept the decoded one. */
  product: Product | null;
}

/** A built link and what it carries. */
export interface BuiltLink {
  fragment: string;
  payload: SharePayload;
  /** Why the link carries less than the whole paste, if it does. */
  note: string | null;
}

/** Links longer than this carry only the lines around the errors, or none. */
export const HARD_CAP = 8000;
/** We aim below this. */
export const SOFT_BUDGET = 2000;
const MAX_FRAGMENT = 16_384;
const MAX_INFLATED = 1_048_576;
const MAX_FULL = 200_000;

const ID = /^(?:usdm|coinm|spot|pm|sapi|options|us|wsapi|link|http|unknown):-?\d{1,9}(?::[a-z-]{1,40})?$/;
const QID = /^[A-Za-z0-9_.-]{1,64}$/;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const LOOKUP = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

/** base64url without padding (the core has no btoa). */
function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const len = Math.min(3, bytes.length - i);
    out += ALPHABET[(n >> 18) & 63] ?? '';
    out += ALPHABET[(n >> 12) & 63] ?? '';
    if (len > 1) out += ALPHABET[(n >> 6) & 63] ?? '';
    if (len > 2) out += ALPHABET[n & 63] ?? '';
  }
  return out;
}

function fromBase64Url(s: string): Uint8Array {
  if (s.length % 4 === 1) throw new Error('bad length');
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    let n = 0;
    const len = Math.min(4, s.length - i);
    for (let k = 0; k < 4; k++) {
      const c = k < len ? s.charCodeAt(i + k) : 65;
      const v = c < 128 ? (LOOKUP[c] ?? -1) : -1;
      if (v < 0) throw new Error('bad character');
      n = (n << 6) | v;
    }
    out[o++] = (n >> 16) & 255;
    if (len > 2) out[o++] = (n >> 8) & 255;
    if (len > 3) out[o++] = n & 255;
  }
  return out.subarray(0, o);
}

/** Encodes a payload as a fragment (`d=2.…`), without redacting: callers pass redacted text. */
export function encodePayload(p: SharePayload): string {
  const json = JSON.stringify({ t: p.text, c: p.scope, s: p.selected, a: p.answers, p: p.product });
  return `d=${VERSION}.${toBase64Url(deflateSync(strToU8(json), { level: 9 }))}`;
}

/** The lines around given line numbers (±2), with `…` between runs. */
export function excerpt(text: string, lines: readonly number[], around = 2): string {
  const keep = new Set<number>();
  for (const l of lines) for (let k = l - around; k <= l + around; k++) if (k >= 1) keep.add(k);
  const wanted = [...keep].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  let line = 1;
  let pos = 0;
  for (const n of wanted) {
    while (line < n && pos <= text.length) {
      const e = text.indexOf('\n', pos);
      if (e < 0) {
        pos = text.length + 1;
        break;
      }
      pos = e + 1;
      line += 1;
    }
    if (pos > text.length) break;
    const e = text.indexOf('\n', pos);
    if (last !== 0 && n > last + 1) out.push('…');
    out.push(text.slice(pos, e < 0 ? undefined : e).slice(0, 2000));
    last = n;
  }
  return out.join('\n');
}

/**
 * Redacts, then budgets, then encodes: the whole paste if the link stays under the hard cap, else the
 * lines around the errors, else none (and says so). `lines` are the errors' line numbers; `summary`
 * is what a link without the paste carries instead (one catalogue line per finding).
 */
export function buildShareLink(
  text: string,
  lines: readonly number[],
  selected: string | null,
  answers: Record<string, string>,
  scope: SharePayload['scope'] = 'full',
  summary = '',
  product: Product | null = null,
): BuiltLink {
  // NOTE: a link holds at most ~8,000 characters of compressed text, so a long paste can only go as an
  // excerpt: cut first, then redact only what may be carried (redacting megabytes would stall the page).
  const tries: [SharePayload['scope'], string][] = [];
  if (scope === 'full' && text.length <= MAX_FULL) tries.push(['full', redact(text).text]);
  if (scope !== 'none') tries.push(['excerpt', redact(excerpt(text, lines.slice(0, 200))).text]);
  // NOTE: without the paste, a link carries `summary`: catalogue lines of the findings (no user text), so it opens to the same diagnosis.
  tries.push(['none', redact(summary).text.slice(0, 4000)]);
  for (const [c, t] of tries) {
    const payload: SharePayload = { text: t, scope: c, selected, answers, product };
    const fragment = encodePayload(payload);
    if (fragment.length <= HARD_CAP || c === 'none') {
      const note =
        c === scope ? null : c === 'excerpt' ? 'The paste is too long for a link: it carries only the lines around the errors.' : 'The paste is too long for a link: it carries the diagnosis without the paste.';
      return { fragment, payload, note };
    }
  }
  throw new Error('unreachable');
}

/** Why a link could not be opened. */
export class ShareLinkError extends Error {}

function inflateCapped(bytes: Uint8Array): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let failed = false;
  const inf = new Inflate((chunk) => {
    size += chunk.length;
    if (size > MAX_INFLATED) failed = true;
    else chunks.push(chunk);
  });
  try {
    for (let i = 0; i < bytes.length && !failed; i += 4096) inf.push(bytes.subarray(i, i + 4096), i + 4096 >= bytes.length);
  } catch {
    throw new ShareLinkError('This link is damaged: its content cannot be unpacked.');
  }
  if (failed) throw new ShareLinkError('This link unpacks to more than 1 MB, which no link of ours does; it was not opened.');
  const out = new Uint8Array(size);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

/** Opens a fragment (with or without the leading `#`); throws ShareLinkError with a message for people. */
export function decodeShareLink(fragment: string): SharePayload {
  const f = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  if (f.length > MAX_FRAGMENT) throw new ShareLinkError('This link is far longer than any link we make; it was not opened.');
  const m = /^d=(\d{1,3})\.([A-Za-z0-9_-]*)$/.exec(f);
  if (m == null) throw new ShareLinkError('This is not a Futures Error Doctor link (or it was cut off when it was copied).');
  const version = Number(m[1]);
  if (version > VERSION) throw new ShareLinkError(`This link was made by a newer version of Futures Error Doctor (format ${version}); reload the page to update, then open it again.`);
  if (!KNOWN_VERSIONS.has(version)) throw new ShareLinkError(`This link has a format (${version}) that Futures Error Doctor never made; it was not opened.`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64Url(m[2] ?? '');
  } catch {
    throw new ShareLinkError('This link is damaged: it is not valid base64url.');
  }
  let data: unknown;
  try {
    data = JSON.parse(strFromU8(inflateCapped(bytes)));
  } catch (e) {
    if (e instanceof ShareLinkError) throw e;
    throw new ShareLinkError('This link is damaged: its content is not readable.');
  }
  if (typeof data !== 'object' || data == null || Array.isArray(data)) throw new ShareLinkError('This link’s content is not a diagnosis.');
  const d = data as Record<string, unknown>;
  const text = d.t;
  const scope = d.c;
  const selected = d.s;
  const answers = d.a;
  const product = version >= 2 ? d.p : undefined;
  if (typeof text !== 'string') throw new ShareLinkError('This link’s content is not a diagnosis (no text).');
  if (scope !== 'full' && scope !== 'excerpt' && scope !== 'none') throw new ShareLinkError('This link’s content is not a diagnosis (unknown scope).');
  if (selected != null && (typeof selected !== 'string' || !ID.test(selected))) throw new ShareLinkError('This link names a finding we do not know.');
  if (product != null && (typeof product !== 'string' || !PRODUCT_VALUES.has(product as Product))) throw new ShareLinkError('This link names a product we do not know.');
  const clean: Record<string, string> = {};
  if (answers != null) {
    if (typeof answers !== 'object' || Array.isArray(answers)) throw new ShareLinkError('This link’s answers are not readable.');
    const entries = Object.entries(answers as Record<string, unknown>);
    if (entries.length > 50) throw new ShareLinkError('This link carries more answers than any diagnosis asks.');
    for (const [k, v] of entries) {
      if (!QID.test(k) || typeof v !== 'string' || !QID.test(v)) throw new ShareLinkError('This link’s answers are not readable.');
      clean[k] = v;
    }
  }
  // NOTE: whatever arrives is redacted again, so a hand-made link cannot put secrets on the screen as ours.
  return { text: redact(text).text, scope, selected: (selected as string | null | undefined) ?? null, answers: clean, product: (product as Product | null | undefined) ?? null };
}
