/** Catalogue search for the browser: by code (`-4164`, `4164`), constant name, or words of a message. */
import Fuse from 'fuse.js';
import type { Product } from '../types';
import type { CatalogueEntry } from './types';
import { allEntries, entriesForCode } from './index';

/** One search hit: the entry and how it was found. */
export interface SearchHit {
  entry: CatalogueEntry;
  by: 'code' | 'name' | 'words';
  score: number;
}

let fuse: Fuse<CatalogueEntry> | null = null;
function index(): Fuse<CatalogueEntry> {
  fuse ??= new Fuse(allEntries(), {
    keys: [
      { name: 'name', weight: 2 },
      { name: 'messages.text', weight: 3 },
      { name: 'descriptions', weight: 1 },
    ],
    includeScore: true,
    ignoreLocation: true,
    threshold: 0.35,
    useExtendedSearch: true,
  });
  return fuse;
}

const CODE = /^\s*(-?)\s*(\d{1,9})\s*$/;

/** Searches every catalogue (or one product's); an empty query lists everything in page order. */
export function searchCatalogue(query: string, product: Product | 'all' = 'all', limit = 400): SearchHit[] {
  const q = query.trim().slice(0, 200);
  const keep = (e: CatalogueEntry): boolean => product === 'all' || e.product === product;
  if (q === '') return allEntries().filter(keep).slice(0, limit).map((entry) => ({ entry, by: 'words', score: 1 }));
  const code = CODE.exec(q);
  if (code?.[2] !== undefined) {
    const n = Number(code[2]);
    // NOTE: Binance codes are negative except Portfolio Margin's 51xxx, the WebSocket streams' 0–3 and Binance Link's; `4164` means -4164.
    const hits = [...entriesForCode(-n), ...(code[1] === '' ? entriesForCode(n) : [])].filter(keep);
    return hits.map((entry) => ({ entry, by: 'code', score: 1 }));
  }
  if (/^[A-Za-z_]{3,}$/.test(q) && q.includes('_')) {
    const upper = q.toUpperCase();
    const hits = allEntries().filter((e) => keep(e) && e.name != null && e.name.toUpperCase().includes(upper));
    if (hits.length > 0) return hits.map((entry) => ({ entry, by: 'name', score: entry.name?.toUpperCase() === upper ? 1 : 0.8 }));
  }
  // NOTE: extended search ANDs fuzzy words; its operator characters are taken out of user text.
  const words = q.replace(/[|'"=!^$]/g, ' ').split(/\s+/).filter((w) => w.length > 0).slice(0, 12);
  if (words.length === 0) return [];
  return index()
    .search(words.join(' '), { limit: limit * 2 })
    .filter((r) => keep(r.item))
    .slice(0, limit)
    .map((r) => ({ entry: r.item, by: 'words', score: 1 - (r.score ?? 1) }));
}
