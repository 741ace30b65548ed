/** The catalogues as data, and lookups over them by product, code and constant name. */
import usdm from './data/usdm.json';
import coinm from './data/coinm.json';
import spot from './data/spot.json';
import pm from './data/pm.json';
import sapi from './data/sapi.json';
import options from './data/options.json';
import us from './data/us.json';
import wsapi from './data/wsapi.json';
import link from './data/link.json';
import http from './data/http.json';
import derived from './data/derived.json';
import type { Product } from '../types';
import { PRODUCTS } from './products';
import { splitTemplate } from './template';
import type { Catalogue, CatalogueDetails, CatalogueEntry, ChineseCatalogue, Derived, HttpCatalogue } from './types';

export { FOUNDING_PRODUCTS, PRODUCTS, PRODUCT_NAMES } from './products';

// NOTE: the stored data carries each message's text only; its placeholders are split here, once.
function loaded(data: unknown): Catalogue {
  const c = data as Catalogue;
  for (const e of c.entries) for (const m of e.messages) Object.assign(m, splitTemplate(m.text));
  return c;
}

/** Every product's catalogue. */
export const CATALOGUES: Record<Product, Catalogue> = {
  usdm: loaded(usdm),
  coinm: loaded(coinm),
  spot: loaded(spot),
  pm: loaded(pm),
  sapi: loaded(sapi),
  options: loaded(options),
  us: loaded(us),
  wsapi: loaded(wsapi),
  link: loaded(link),
};

const CHINESE: Record<Product, () => Promise<{ default: unknown }>> = {
  usdm: () => import('./data/usdm.zh.json'),
  coinm: () => import('./data/coinm.zh.json'),
  spot: () => import('./data/spot.zh.json'),
  pm: () => import('./data/pm.zh.json'),
  sapi: () => import('./data/sapi.zh.json'),
  options: () => import('./data/options.zh.json'),
  us: () => import('./data/us.zh.json'),
  wsapi: () => import('./data/wsapi.zh.json'),
  link: () => import('./data/link.zh.json'),
};

/** A product's Chinese page text (family titles, names, messages by code), loaded on demand — not at first paint. */
export async function loadChinese(product: Product): Promise<ChineseCatalogue> {
  return (await CHINESE[product]()).default as ChineseCatalogue;
}

/** Every product's page notes and message-table descriptions, loaded on demand (they are not needed to decode). */
export async function loadDetails(): Promise<CatalogueDetails> {
  return (await import('./data/details.json')).default as CatalogueDetails;
}

/** HTTP-level responses and rate-limit headers. */
export const HTTP_CATALOGUE: HttpCatalogue = http as HttpCatalogue;

/** Codes that collide across products and meanings that moved to another number. */
export const DERIVED: Derived = derived as Derived;

/** A digest of the catalogue data, used to key cached analyses. */
export const CATALOGUE_VERSION = `${CATALOGUES.usdm.retrieved.length}-${[...PRODUCTS].map((p) => CATALOGUES[p].entries.length).join('.')}`;

const byCode = new Map<number, CatalogueEntry[]>();
const byName = new Map<string, CatalogueEntry[]>();
for (const p of PRODUCTS) {
  for (const e of CATALOGUES[p].entries) {
    byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
    if (e.name != null) byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
  }
}

/** Every entry with this code, in product preference order. */
export function entriesForCode(code: number): readonly CatalogueEntry[] {
  return byCode.get(code) ?? [];
}

/** The entry of one product with this code, if the product has it. */
export function entryFor(product: Product, code: number): CatalogueEntry | undefined {
  return byCode.get(code)?.find((e) => e.product === product);
}

/** Every entry with this exact constant name. */
export function entriesForName(name: string): readonly CatalogueEntry[] {
  return byName.get(name) ?? [];
}

/** Every constant name, for scanning text. */
export function allNames(): string[] {
  return [...byName.keys()];
}

/** All entries of all products. */
export function allEntries(): CatalogueEntry[] {
  return PRODUCTS.flatMap((p) => CATALOGUES[p].entries);
}

/** The family (`10xx` …) a code belongs to by its number, for codes no catalogue has. */
export function familyOf(code: number): string {
  const n = Math.abs(code);
  if (n >= 10000) return `${String(n).slice(0, 2)}xxx`;
  return `${String(n).slice(0, 2)}xx`;
}

/** The title of a family in a product, e.g. `Filters and other Issues`. */
export function familyTitle(product: Product, family: string): string | undefined {
  return CATALOGUES[product].families.find((f) => f.id === family)?.title;
}

/** Whether a code means the same on two products (it may be worded differently); false where either lacks it. */
export function sameMeaning(code: number, a: Product, b: Product): boolean {
  if (entryFor(a, code) === undefined || entryFor(b, code) === undefined) return false;
  const collision = DERIVED.collisions.find((c) => c.code === code);
  return collision === undefined || collision.meanings.some((m) => m.products.includes(a) && m.products.includes(b));
}

/** The other products' meanings of a code that means something else there. */
export function otherMeanings(entry: CatalogueEntry): CatalogueEntry[] {
  const collision = DERIVED.collisions.find((c) => c.code === entry.code);
  if (collision === undefined) return [];
  const mine = collision.meanings.find((m) => m.products.includes(entry.product));
  return collision.meanings
    .filter((m) => m !== mine)
    .flatMap((m) => m.products.map((p) => entryFor(p, entry.code)))
    .filter((e): e is CatalogueEntry => e !== undefined);
}

/** Where the same meaning has another number in other products. */
export function renumberedTwins(entry: CatalogueEntry): { product: Product; code: number }[] {
  const r = DERIVED.renumbered.find((x) => x.codes[entry.product] === entry.code);
  if (r === undefined) return [];
  return (Object.entries(r.codes) as [Product, number][])
    .filter(([p, c]) => p !== entry.product && c !== entry.code)
    .map(([product, code]) => ({ product, code }));
}
