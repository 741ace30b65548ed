/**
 * Reads the official pages beyond the trading ones (../shared/catalogues): SAPI with Institutional Loan
 * and the codes seen live on no page, Options, Binance.US, WebSocket streams, Binance Link, and the
 * hand-checked collision table.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OfficialCollision } from '../src/core/catalogue/derive.ts';
import type { Catalogue, CatalogueEntry, ChineseCatalogue, ListenKeyRow } from '../src/core/catalogue/types.ts';
import type { Product } from '../src/core/types.ts';
import { addUnique, attachTables, note, chineseOf, fromPage, message, readPage, type RawEntry, type RawPage } from './catalogue-sources.ts';

/** A catalogue and its Chinese text, written to `<product>.json` and `<product>.zh.json`. */
export interface Built {
  catalogue: Catalogue;
  zh: ChineseCatalogue;
}

const raw = <T>(dir: string, file: string): T => JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as T;

/** A page as read, and its entries in the project's shape. */
function load<T extends RawPage>(dir: string, file: string, product: Product, title: string): { page: T; cat: Catalogue } {
  const page = raw<T>(dir, file);
  return { page, cat: fromPage(product, page, title) };
}

interface Observed {
  code: number;
  msg: string;
  source: string;
  notes?: string[];
}

interface RawSapi extends RawPage {
  product_specific_pages: { institutional_loan: { source: string; entries: RawEntry[] } };
  endpoint_page_messages: { source: string; items: { code: number; msg: string; label: string; notes?: string[] }[] };
  unofficial_observed: { items: Observed[] };
}

/** Merges entries a page lists twice under one code (SAPI -5012) into one, keeping both names in a note. */
function mergeDuplicates(cat: Catalogue): void {
  const seen = new Map<number, CatalogueEntry>();
  cat.entries = cat.entries.filter((e) => {
    const first = seen.get(e.code);
    if (first === undefined) {
      seen.set(e.code, e);
      return true;
    }
    for (const m of e.messages) addUnique(first.messages, m);
    note(first, `the page lists ${e.code} a second time, as ${e.name ?? 'no constant'}: both readings are kept here under ${first.name ?? 'the first'}`);
    return false;
  });
}

/** The family of the codes seen live but on no official page. */
const UNOFFICIAL_FAMILY = { id: 'unofficial', title: 'Seen live, on no official page' };

/** Codes seen live but on no official page: an entry marked unofficial, or a message added to the official entry. */
function addObserved(cat: Catalogue, items: readonly Observed[]): void {
  for (const o of items) {
    let entry = cat.entries.find((e) => e.code === o.code);
    if (entry === undefined) {
      entry = { product: cat.product, code: o.code, name: null, family: 'unofficial', messages: [], descriptions: [], notes: [], unofficial: true };
      cat.entries.push(entry);
    }
    addUnique(entry.messages, message(o.msg, 'unofficial'));
    note(entry, `seen live, on no official page: “${o.msg}” (${o.source})`, ...(o.notes ?? []));
  }
}

/** SAPI: the shared page with its tables, Institutional Loan's page, endpoint-page messages, and codes seen live. */
export function buildSapi(dir: string): Built {
  const { page, cat } = load<RawSapi>(dir, 'sapi.json', 'sapi', 'SAPI (wallet, margin, sub-account …)');
  mergeDuplicates(cat);
  const loan = page.product_specific_pages.institutional_loan;
  cat.families.push({ id: 'institutional-loan', title: 'Institutional Loan' }, { ...UNOFFICIAL_FAMILY });
  for (const e of loan.entries) {
    cat.entries.push({
      product: 'sapi',
      code: e.code,
      name: e.name ?? null,
      family: 'institutional-loan',
      messages: e.messages.map((t) => message(t, 'page')),
      descriptions: [],
      notes: [`Institutional Loan's own error page (${loan.source})`, ...(e.notes ?? [])],
    });
  }
  for (const item of page.endpoint_page_messages.items) {
    const entry = cat.entries.find((e) => e.code === item.code);
    if (entry === undefined) continue;
    const before = entry.messages.length;
    addUnique(entry.messages, message(item.msg, 'endpoint-page'));
    if (entry.messages.length > before) note(entry, `the endpoint page (${page.endpoint_page_messages.source}) quotes “${item.msg}” as ${item.label}`, ...(item.notes ?? []));
  }
  addObserved(cat, page.unofficial_observed.items);
  attachTables(cat, page, (code) => (code <= -2000 ? '11xx-2xxx' : '10xx'));
  return { catalogue: cat, zh: chineseOf('sapi', page, loan.entries) };
}

/** Options (eapi): the current page. */
export function buildOptions(dir: string): Built {
  const page = readPage(dir, 'options.json');
  return { catalogue: fromPage('options', page, 'Options'), zh: chineseOf('options', page) };
}

interface RawUs extends RawPage {
  seen_outside_the_error_page: Observed[];
}

/** Binance.US: its (last published) page with its message tables; messages seen outside the page. */
export function buildUs(dir: string): Built {
  const { page, cat } = load<RawUs>(dir, 'binance-us.json', 'us', 'Binance.US');
  for (const o of page.seen_outside_the_error_page) {
    const entry = cat.entries.find((e) => e.code === o.code);
    if (entry === undefined) continue;
    const official = /docs/.test(o.source) && !/issue/.test(o.source);
    addUnique(entry.messages, message(o.msg, official ? 'rest-example' : 'unofficial'));
    note(entry, `${official ? 'in official examples' : 'seen live'}, not on the error page: “${o.msg}” (${o.source})`);
  }
  attachTables(cat, page, (code) => (code <= -2000 ? 'cancelReplace' : '10xx'));
  return { catalogue: cat, zh: chineseOf('us', page) };
}

interface RawWs extends Omit<RawPage, 'tables'> {
  tables: Record<string, { rows: { code: number; msg: string; description: string }[] }>;
  listen_key_and_user_data_stream_errors: { rows: { code: number; by_product: { product: string; name: string | null; messages: string[] }[] }[] };
}

const WS_PRODUCT: Record<string, Product> = { binance_us: 'us' };

/** WebSocket streams: the control errors 0–3 (with what each row means), and every product's listenKey errors. */
export function buildWsapi(dir: string): Built {
  const page = raw<RawWs>(dir, 'wsapi.json');
  const cat = fromPage('wsapi', { ...page, tables: {} }, 'WebSocket streams');
  for (const row of Object.values(page.tables).flatMap((t) => t.rows)) {
    const entry = cat.entries.find((e) => e.code === row.code);
    const m = entry?.messages.find((x) => x.text === row.msg);
    if (entry === undefined || m === undefined) continue;
    m.description = m.description === undefined ? row.description : `${m.description}; or: ${row.description}`;
  }
  const listenKeys: ListenKeyRow[] = page.listen_key_and_user_data_stream_errors.rows.map((r) => ({
    code: r.code,
    readings: r.by_product.map((b) => ({ product: WS_PRODUCT[b.product] ?? (b.product as Product), name: b.name, messages: b.messages })),
  }));
  return { catalogue: { ...cat, listenKeys }, zh: chineseOf('wsapi', { ...page, tables: {} }) };
}

interface RawLink extends RawPage {
  observed_positive_codes_not_on_any_official_list: Observed[];
}

/** Binance Link (KYC SaaS): positive codes with descriptions only; the codes seen live are SAPI's (see buildSapi). */
export function buildLink(dir: string): Built {
  const { page, cat } = load<RawLink>(dir, 'link.json', 'link', 'Binance Link');
  for (const e of cat.entries) {
    const rawEntry = page.entries.find((x) => x.code === e.code) as (RawEntry & { code_as_written?: string; description_lines?: string[] }) | undefined;
    if (rawEntry?.description_lines !== undefined) e.descriptions.push(rawEntry.description_lines.join(' '));
    if (rawEntry?.code_as_written !== undefined && rawEntry.code_as_written !== String(e.code)) note(e, `written “${rawEntry.code_as_written}” on the page`);
  }
  const seen = page.observed_positive_codes_not_on_any_official_list.map((o) => o.code).join(', ');
  for (const e of cat.entries) if (e.code === 100001001) note(e, `${seen} are seen live on /sapi/ endpoints but on no list; they are in the SAPI catalogue, marked unofficial`);
  return { catalogue: cat, zh: chineseOf('link', page) };
}

const COLLISION_PRODUCTS: Record<string, Product> = { Spot: 'spot', 'USD-M': 'usdm', 'COIN-M': 'coinm', PM: 'pm', SAPI: 'sapi', Options: 'options' };

/** The hand-checked collision table (collisions.json). */
export function readCollisions(dir: string): OfficialCollision[] {
  const page = raw<{ rows: { code: number; verdict: string; products: Record<string, unknown> }[] }>(dir, 'collisions.json');
  return page.rows.map((r) => ({
    code: r.code,
    verdict: r.verdict,
    products: Object.keys(r.products).flatMap((k) => (COLLISION_PRODUCTS[k] === undefined ? [] : [COLLISION_PRODUCTS[k]])),
  }));
}

/**
 * Codes seen live in public threads on no official page (scripts/seen-live.json, each with its source),
 * added to their products' catalogues as known, unofficial entries (or messages of an official entry).
 */
export function applySeenLive(catalogues: readonly Catalogue[]): void {
  const file = resolve(dirname(fileURLToPath(import.meta.url)), 'seen-live.json');
  const { items } = JSON.parse(readFileSync(file, 'utf8')) as { items: (Observed & { product: string })[] };
  for (const cat of catalogues) {
    const mine = items.filter((o) => o.product === cat.product);
    if (mine.length === 0) continue;
    if (!cat.families.some((f) => f.id === 'unofficial')) cat.families.push({ ...UNOFFICIAL_FAMILY });
    addObserved(cat, mine);
  }
}
