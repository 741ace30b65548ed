/** Reads the official error pages (../shared/catalogues) into the project's catalogue shape. */
import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitTemplate } from '../src/core/catalogue/template.ts';
import type {
  Catalogue,
  CatalogueDetails,
  CatalogueEntry,
  CatalogueMessage,
  ChineseCatalogue,
  Family,
  HttpCatalogue,
  HttpStatusEntry,
  MessageOrigin,
} from '../src/core/catalogue/types.ts';
import type { Product } from '../src/core/types.ts';

/** Where the official pages live: $CATALOGUE_SOURCE, else ../shared/catalogues beside the repository. */
export function sourceDir(repoRoot: string): string | null {
  const dir = process.env.CATALOGUE_SOURCE ?? resolve(repoRoot, '..', 'shared', 'catalogues');
  return existsSync(resolve(dir, 'coinm-error-codes.txt')) ? dir : null;
}

/** One entry of the founding COIN-M page (coinm-error-codes.txt). */
export interface FoundingEntry {
  code: number;
  name: string;
  family: string;
  messages: string[];
}

/** Parses the founding COIN-M text page: family headings, `-1000 UNKNOWN#` lines and `•` bullets. */
export function parseFoundingPage(text: string): { families: Family[]; entries: FoundingEntry[] } {
  const families: Family[] = [];
  const entries: FoundingEntry[] = [];
  let family = '';
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    const fam = /^(\d+xx) - (.+?)#?$/.exec(line);
    if (fam?.[1] !== undefined && fam[2] !== undefined) {
      family = fam[1];
      families.push({ id: fam[1], title: fam[2] });
      continue;
    }
    const head = /^(-\d+) ([A-Za-z_]+)#?$/.exec(line);
    if (head?.[1] !== undefined && head[2] !== undefined) {
      entries.push({ code: Number(head[1]), name: head[2], family, messages: [] });
      continue;
    }
    const bullet = /^•\s*(.+)$/.exec(line);
    if (bullet?.[1] !== undefined) entries.at(-1)?.messages.push(bullet[1]);
  }
  return { families, entries };
}

/** One entry of an official page as ../shared/catalogues holds it. */
export interface RawEntry {
  code: number;
  name?: string | null;
  name_zh?: string;
  heading?: string;
  family: string;
  messages: string[];
  messages_zh?: string[];
  messages_zh_normalized?: string[];
  descriptions?: string[];
  notes?: string[];
  older_copy_messages?: { messages: string[] };
  msg_in_rest_api_examples?: string[];
  zh_page?: { english_lines_differing_from_english_page?: string[] };
}

/** An official page as ../shared/catalogues holds it. */
export interface RawPage {
  product: string;
  source: string;
  retrieved_from: string;
  families: { id: string; title: string; title_zh?: string }[];
  entries: RawEntry[];
  tables?: Record<string, { applies_to_codes?: number[]; rows: { messages: string[]; description?: string }[] }>;
  announced_outside_the_error_page?: { code: number; msg: string; source: string }[];
}

export function message(text: string, origin: MessageOrigin, description?: string): CatalogueMessage {
  const m: CatalogueMessage = { text, origin, ...splitTemplate(text) };
  if (description !== undefined) m.description = description;
  return m;
}

/** Adds notes to an entry. */
export function note(entry: CatalogueEntry, ...texts: string[]): void {
  (entry.notes ??= []).push(...texts);
}

export function addUnique(list: CatalogueMessage[], m: CatalogueMessage): void {
  if (!list.some((x) => x.text === m.text)) list.push(m);
}

export function readPage(dir: string, file: string): RawPage {
  return JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as RawPage;
}

/** A product's Chinese text (family titles, names, messages), kept out of the catalogue the app loads first. */
export function chineseOf(product: Product, page: RawPage, extra: readonly RawEntry[] = []): ChineseCatalogue {
  const zh: ChineseCatalogue = { product, families: {}, names: {}, messages: {} };
  for (const f of page.families) if (f.title_zh !== undefined) zh.families[f.id] = f.title_zh;
  for (const e of [...page.entries, ...extra]) {
    if (e.name_zh !== undefined) zh.names[e.code] = e.name_zh;
    const lines = e.messages_zh ?? e.messages_zh_normalized ?? [];
    if (lines.length > 0) zh.messages[e.code] = [...(zh.messages[e.code] ?? []), ...lines];
  }
  return zh;
}

/** A page's entries in the project's shape (Chinese text apart, see chineseOf). */
export function fromPage(product: Product, page: RawPage, title: string): Catalogue {
  const entries: CatalogueEntry[] = page.entries.map((e) => {
    const messages: CatalogueMessage[] = [];
    for (const t of e.messages) addUnique(messages, message(t, 'page'));
    for (const t of e.older_copy_messages?.messages ?? []) addUnique(messages, message(t, 'older-copy'));
    for (const t of e.msg_in_rest_api_examples ?? []) addUnique(messages, message(t, 'rest-example'));
    for (const t of e.zh_page?.english_lines_differing_from_english_page ?? [])
      addUnique(messages, message(t, 'zh-page-english'));
    // NOTE: where a page gives a code only a heading (SAPI -1099, Binance.US cancelReplace), clients print that heading.
    if (messages.length === 0 && e.heading !== undefined && product !== 'spot') messages.push(message(e.heading, 'heading'));
    const entry: CatalogueEntry = {
      product,
      code: e.code,
      name: e.name ?? null,
      family: e.family,
      messages,
      descriptions: e.descriptions ?? [],
      notes: e.notes ?? [],
    };
    if (e.heading !== undefined) entry.heading = e.heading;
    return entry;
  });
  return {
    product,
    title,
    source: page.source,
    retrieved: page.retrieved_from,
    families: page.families.map((f) => ({ id: f.id, title: f.title })),
    entries,
  };
}

/** COIN-M: the current page, with every message of the founding page that it no longer lists. */
export function buildCoinm(dir: string): Catalogue {
  const cat = fromPage('coinm', readPage(dir, 'coinm.json'), 'COIN-M Futures');
  const founding = parseFoundingPage(readFileSync(resolve(dir, 'coinm-error-codes.txt'), 'utf8'));
  for (const f of founding.entries) {
    let entry = cat.entries.find((e) => e.code === f.code);
    if (entry === undefined) {
      entry = { product: 'coinm', code: f.code, name: f.name, family: f.family, messages: [], descriptions: [], notes: ['only on the founding page'] };
      cat.entries.push(entry);
    }
    for (const t of f.messages) addUnique(entry.messages, message(t, 'founding-page'));
  }
  cat.entries.sort((a, b) => b.code - a.code);
  return cat;
}

/** USD-M: the page, plus codes announced only in the change log. */
export function buildUsdm(dir: string): Catalogue {
  const page = readPage(dir, 'usdm.json');
  const cat = fromPage('usdm', page, 'USDⓈ-M Futures');
  for (const a of page.announced_outside_the_error_page ?? []) {
    if (cat.entries.some((e) => e.code === a.code)) continue;
    cat.entries.push({
      product: 'usdm',
      code: a.code,
      name: null,
      family: '40xx',
      messages: [message(a.msg, 'changelog')],
      descriptions: [],
      notes: ['announced in the derivatives change log, not on the error page; no constant name given'],
    });
  }
  return cat;
}

/** Spot: the page, with the matching-engine and filter-failure tables attached to the codes they apply to. */
export function buildSpot(dir: string): Catalogue {
  const page = readPage(dir, 'spot.json');
  const cat = fromPage('spot', page, 'Spot');
  attachTables(cat, page, (code) => (code <= -2000 ? '20xx' : '10xx'));
  applyTestnet(cat, dir);
  return cat;
}

// NOTE: these codes appear only in a table heading on some pages; they are real codes with these messages.
const TABLE_ONLY_NAMES: Record<number, string> = { [-1010]: 'ERROR_MSG_RECEIVED', [-2038]: 'ORDER_AMEND_REJECTED', [-1013]: 'INVALID_MESSAGE' };

/** Puts a page's message tables (matching engine, filter failures) on the codes they apply to; sorts the entries. */
export function attachTables(cat: Catalogue, page: RawPage, familyOf: (code: number) => string): void {
  for (const table of Object.values(page.tables ?? {})) {
    for (const code of table.applies_to_codes ?? []) {
      let entry = cat.entries.find((e) => e.code === code);
      if (entry === undefined) {
        entry = { product: cat.product, code, name: TABLE_ONLY_NAMES[code] ?? null, family: familyOf(code), messages: [], descriptions: [], notes: ['named only in the heading of the matching-engine messages table'] };
        cat.entries.push(entry);
      }
      for (const row of table.rows)
        for (const t of row.messages) addUnique(entry.messages, message(t, 'table', row.description));
    }
  }
  cat.entries.sort((a, b) => b.code - a.code);
}

interface RawTestnet {
  source: string;
  differences: { code?: number; testnet_messages?: string[]; production_messages?: string[]; message?: string; note: string }[];
}

/** The Spot testnet page differs from production in a few strings: a note on each entry concerned. */
function applyTestnet(cat: Catalogue, dir: string): void {
  const raw = JSON.parse(readFileSync(resolve(dir, 'spot-testnet.json'), 'utf8')) as RawTestnet;
  for (const d of raw.differences) {
    const text = d.code !== undefined ? `Spot testnet (testnet.binance.vision): ${(d.testnet_messages ?? []).map((m) => `“${m}”`).join(' / ')} — ${d.note}` : `Spot testnet: “${d.message ?? ''}” — ${d.note}`;
    const targets = d.code !== undefined ? cat.entries.filter((e) => e.code === d.code) : cat.entries.filter((e) => e.messages.some((m) => m.text === d.message));
    for (const e of targets) note(e, text);
  }
}

/** Portfolio Margin: the page as it is. */
export function buildPm(dir: string): Catalogue {
  return fromPage('pm', readPage(dir, 'portfolio-margin.json'), 'Portfolio Margin');
}

interface RawHttp {
  status_codes: {
    status: number | string;
    products?: Record<string, string> | string[];
    documented?: boolean;
    execution_status?: string | Record<string, string>;
    message_variants?: { variant?: string; message: string; execution_status?: string; meaning?: string }[];
    notes?: string[];
  }[];
  headers: { name: string; products?: string[] }[];
}

const VARIANT_IDS: Record<string, string> = {
  'Unknown error, please check your request or try again later.': 'unknown-error',
  'Service Unavailable.': 'service-unavailable',
  'Internal error; unable to process your request. Please try again.': 'internal-error',
  'Request throttled by system-level protection. Reduce-only/close-position orders are exempt. Please try again.': 'throttled',
  'Request occur unknown error.': 'request-occur-unknown-error',
};

const HTTP_TITLES: Record<string, string> = {
  '4XX': 'Client error',
  '403': 'Forbidden (WAF)',
  '408': 'Request Timeout',
  '409': 'Conflict (cancel-replace partially failed)',
  '418': "I'm a teapot (IP auto-banned)",
  '429': 'Too Many Requests',
  '451': 'Unavailable For Legal Reasons (restricted location)',
  '5XX': 'Server error',
  '503': 'Service Unavailable',
};

/** HTTP-level responses and the rate-limit headers. */
export function buildHttp(dir: string): HttpCatalogue {
  const raw = JSON.parse(readFileSync(resolve(dir, 'http.json'), 'utf8')) as RawHttp;
  const statuses: HttpStatusEntry[] = raw.status_codes.map((s) => {
    const status = typeof s.status === 'number' ? s.status : (s.status as '4XX' | '5XX');
    const products: Partial<Record<Product, string>> = {};
    if (s.products !== undefined && !Array.isArray(s.products)) {
      for (const [p, text] of Object.entries(s.products)) products[p as Product] = text;
    }
    const exec = s.execution_status;
    return {
      status,
      id: String(status).toLowerCase(),
      title: HTTP_TITLES[String(status)] ?? String(status),
      documented: s.documented ?? true,
      products,
      executionStatus: typeof exec === 'string' ? exec : exec === undefined ? 'not stated' : Object.entries(exec).map(([k, v]) => `${k}: ${v}`).join('; '),
      variants: (s.message_variants ?? []).map((v) => {
        const out: HttpStatusEntry['variants'][number] = { id: VARIANT_IDS[v.message] ?? 'other', message: v.message, executionStatus: v.execution_status ?? 'not stated' };
        if (v.meaning !== undefined) out.meaning = v.meaning;
        return out;
      }),
      notes: s.notes ?? [],
    };
  });
  const headers = raw.headers
    .filter((h) => /^[A-Za-z-]+(\(|$)/.test(h.name) && !h.name.includes(' '))
    .map((h) => ({ name: h.name, pattern: h.name.replace(/\(intervalNum\)\(intervalLetter\)/, '\\d+[smhd]'), products: h.products ?? [] }));
  return { statuses, headers };
}

/** The founding four products' Chinese text (coinm, usdm, spot, pm), for `<product>.zh.json`. */
export function foundingChinese(dir: string): ChineseCatalogue[] {
  const files: [Product, string][] = [['usdm', 'usdm.json'], ['coinm', 'coinm.json'], ['spot', 'spot.json'], ['pm', 'portfolio-margin.json']];
  return files.map(([product, file]) => chineseOf(product, readPage(dir, file)));
}

/**
 * A catalogue as stored in data/: no placeholder split (done at load), no notes and no table-row
 * descriptions (data/details.json), to keep the first paint small.
 */
export function storedCatalogue(c: Catalogue): Catalogue {
  return {
    ...c,
    entries: c.entries.map((e) => {
      const rest: Partial<CatalogueEntry> = { ...e };
      delete rest.notes;
      return { ...rest, messages: e.messages.map((m) => ({ text: m.text, origin: m.origin })) } as unknown as CatalogueEntry;
    }),
  };
}

/** Every product's page notes and message descriptions by code, for data/details.json (loaded only where they are shown). */
export function detailsOf(catalogues: readonly Catalogue[]): CatalogueDetails {
  const out: CatalogueDetails = { notes: {}, descriptions: {} };
  for (const c of catalogues) {
    const notes: Record<string, string[]> = {};
    const descriptions: Record<string, Record<string, string>> = {};
    for (const e of c.entries) {
      if ((e.notes ?? []).length > 0) notes[e.code] = [...(notes[e.code] ?? []), ...(e.notes ?? [])];
      for (const m of e.messages) if (m.description !== undefined) (descriptions[e.code] ??= {})[m.text] = m.description;
    }
    out.notes[c.product] = notes;
    out.descriptions[c.product] = descriptions;
  }
  return out;
}
