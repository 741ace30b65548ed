/** Facts computed from all catalogues together: codes that collide across products, and meanings that moved. */
import type { Product } from '../types';
import type { Catalogue, CatalogueEntry, Collision, Derived, Renumbering } from './types';

/** A constant name reduced to letters and digits, so INVALID_SYMBOL_STATUS equals INVALID_SYMBOLSTATUS. */
export function normaliseName(name: string | null): string | null {
  return name == null ? null : name.toUpperCase().replace(/MAXIMUM/g, 'MAX').replace(/[^A-Z0-9]/g, '');
}

/** A message reduced to lower-case words, for comparing wording across pages. */
export function normaliseMessage(text: string): string {
  return text
    .toLowerCase()
    .replace(/[`'"“”‘’。.!,;:()[\]]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const key = (e: CatalogueEntry): string => `${e.product}:${e.code}`;

/** One row of the hand-checked collision table (../shared/catalogues/collisions.json). */
export interface OfficialCollision {
  code: number;
  verdict: string;
  products: Product[];
}

/**
 * The products a hand-checked verdict says mean the same by this code: all of them ("same meaning …"),
 * or all but one ("different meaning on Options …"); none where the verdict says less.
 */
export function sameMeaningProducts(row: OfficialCollision): Product[] {
  if (/^same meaning/i.test(row.verdict)) return row.products;
  const odd = /different meaning on (SAPI|Options|Spot)\b/i.exec(row.verdict)?.[1]?.toLowerCase();
  return odd === undefined ? [] : row.products.filter((p) => p !== odd);
}

// NOTE: a message that merely repeats the constant (`INVALID_MESSAGE.`) says nothing about meaning,
// and Spot's table messages are shared by several codes by design.
function meaningfulMessages(e: CatalogueEntry): string[] {
  const name = normaliseName(e.name);
  return e.messages
    .filter((m) => m.origin !== 'table')
    .map((m) => normaliseMessage(m.text))
    .filter((m) => m.length > 12 && normaliseName(m) !== name);
}

/** Union-find over `product:code` keys that refuses to put two codes of one product in a group. */
class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly codes = new Map<string, Map<string, number>>();
  private codesOf(root: string): Map<string, number> {
    let m = this.codes.get(root);
    if (m === undefined) {
      const [product = '', code = '0'] = root.split(':');
      m = new Map([[product, Number(code)]]);
      this.codes.set(root, m);
    }
    return m;
  }
  find(k: string): string {
    let p = this.parent.get(k) ?? k;
    if (p !== k) {
      p = this.find(p);
      this.parent.set(k, p);
    }
    return p;
  }
  union(a: string, b: string): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return true;
    const ca = this.codesOf(ra);
    const cb = this.codesOf(rb);
    for (const [product, code] of cb) if (ca.has(product) && ca.get(product) !== code) return false;
    for (const [product, code] of cb) ca.set(product, code);
    this.parent.set(rb, ra);
    return true;
  }
}

/**
 * Groups entries of all products into meanings: two entries mean the same when they share a
 * message, or share a constant name that each of their products uses only once.
 */
function groupMeanings(catalogues: Catalogue[], official: readonly OfficialCollision[]): { uf: UnionFind; byKey: Map<string, CatalogueEntry>; via: Map<string, 'name' | 'message'> } {
  const uf = new UnionFind();
  const byKey = new Map<string, CatalogueEntry>();
  const via = new Map<string, 'name' | 'message'>();
  const byMessage = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const cat of catalogues) {
    const nameCount = new Map<string, number>();
    for (const e of cat.entries) {
      const n = normaliseName(e.name);
      if (n != null) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
    }
    for (const e of cat.entries) {
      const k = key(e);
      byKey.set(k, e);
      uf.find(k);
      for (const m of meaningfulMessages(e)) {
        const other = byMessage.get(m);
        if (other === undefined) byMessage.set(m, k);
        else if (!other.startsWith(`${e.product}:`) && uf.union(other, k)) via.set(k, 'message');
      }
      const n = normaliseName(e.name);
      if (n != null && nameCount.get(n) === 1) {
        const other = byName.get(n);
        if (other === undefined) byName.set(n, k);
        else if (uf.union(other, k) && !via.has(k)) via.set(k, 'name');
      }
    }
  }
  // NOTE: wording can differ where the meaning does not (SAPI's "Spot server is currently overloaded…"); the hand-checked verdicts say so.
  for (const row of official) {
    const keys = sameMeaningProducts(row).map((p) => `${p}:${row.code}`).filter((k) => byKey.has(k));
    for (const k of keys.slice(1)) if (keys[0] !== undefined) uf.union(keys[0], k);
  }
  return { uf, byKey, via };
}

/** Codes that mean different things in different products, and meanings that carry different codes. */
export function deriveFacts(catalogues: Catalogue[], official: readonly OfficialCollision[] = []): Derived {
  const { uf, byKey, via } = groupMeanings(catalogues, official);

  const byCode = new Map<number, CatalogueEntry[]>();
  for (const e of byKey.values()) byCode.set(e.code, [...(byCode.get(e.code) ?? []), e]);
  const collisions: Collision[] = [];
  for (const [code, entries] of [...byCode].sort((a, b) => b[0] - a[0])) {
    const groups = new Map<string, CatalogueEntry[]>();
    for (const e of entries) {
      const root = uf.find(key(e));
      groups.set(root, [...(groups.get(root) ?? []), e]);
    }
    const verdict = official.find((r) => r.code === code)?.verdict;
    // NOTE: a hand-checked "same meaning" stands even where a wording is shared with another code (Options -3029 = SAPI -5010's text).
    if (groups.size < 2 || /^same meaning/i.test(verdict ?? '')) continue;
    const collision: Collision = {
      code,
      meanings: [...groups.values()].map((g) => ({
        products: g.map((e) => e.product),
        name: g[0]?.name ?? null,
      })),
    };
    if (verdict !== undefined) collision.verdict = verdict;
    collisions.push(collision);
  }

  const components = new Map<string, CatalogueEntry[]>();
  for (const [k, e] of byKey) {
    const root = uf.find(k);
    components.set(root, [...(components.get(root) ?? []), e]);
  }
  const renumbered: Renumbering[] = [];
  for (const members of components.values()) {
    if (new Set(members.map((e) => e.code)).size < 2) continue;
    const codes: Partial<Record<Product, number>> = {};
    const names: Partial<Record<Product, string | null>> = {};
    for (const e of members) {
      codes[e.product] = e.code;
      names[e.product] = e.name;
    }
    const first = members[0];
    if (first === undefined) continue;
    renumbered.push({
      key: first.name ?? String(first.code),
      codes,
      names,
      via: members.some((e) => via.get(key(e)) === 'message') ? 'message' : 'name',
    });
  }
  renumbered.sort((a, b) => (a.codes.coinm ?? a.codes.usdm ?? 0) - (b.codes.coinm ?? b.codes.usdm ?? 0)).reverse();
  return { collisions, renumbered };
}
