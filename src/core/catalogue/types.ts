/** Types of the generated catalogue data (see scripts/generate-catalogues.ts). */
import type { Product } from '../types';

/** Where a message string comes from on the official pages. */
export type MessageOrigin =
  | 'page'
  | 'founding-page'
  | 'older-copy'
  | 'zh-page-english'
  | 'table'
  | 'rest-example'
  | 'changelog'
  /** Quoted on an endpoint's own page, not on the error page. */
  | 'endpoint-page'
  /** The page gives only a heading for the code; it is the message clients print. */
  | 'heading'
  /** Seen in live responses (issues, client libraries) but on no official page. */
  | 'unofficial';

/** Placeholder kinds: `%s` text (also Spot's `{param}` and Java's `{0}`), `%b` boolean, `%d` number. */
export type Slot = 's' | 'b' | 'd';

/**
 * One message variant; `parts` are the literal text around `slots` (parts.length = slots.length + 1),
 * split when the catalogue loads (the stored data carries only the text).
 */
export interface CatalogueMessage {
  text: string;
  origin: MessageOrigin;
  parts: string[];
  slots: Slot[];
  /** What the page says the message means (the message tables); not in the data loaded at first paint (see loadDetails). */
  description?: string;
}

/** One error code of one product, verbatim from the official page. */
export interface CatalogueEntry {
  product: Product;
  code: number;
  name: string | null;
  family: string;
  heading?: string;
  messages: CatalogueMessage[];
  descriptions: string[];
  /** What the page (or our reading of it) notes about the entry; not in the data loaded at first paint (see loadDetails). */
  notes?: string[];
  /** Seen in live responses but on no official page: known, unofficial. */
  unofficial?: boolean;
}

/** A family heading such as `10xx - General Server or Network issues`. */
export interface Family {
  id: string;
  title: string;
}

/** One product's catalogue. */
export interface Catalogue {
  product: Product;
  title: string;
  source: string;
  retrieved: string;
  families: Family[];
  entries: CatalogueEntry[];
  /** WebSocket streams: every product's code for a listenKey / user-data-stream problem. */
  listenKeys?: ListenKeyRow[];
}

/** One listenKey / user-data-stream error code and what each product's page calls it. */
export interface ListenKeyRow {
  code: number;
  readings: { product: Product; name: string | null; messages: string[] }[];
}

/** Notes and message-table descriptions by product and code (`data/details.json`), loaded where they are shown. */
export interface CatalogueDetails {
  notes: Partial<Record<Product, Record<string, string[]>>>;
  /** By product, code and message text. */
  descriptions: Partial<Record<Product, Record<string, Record<string, string>>>>;
}

/**
 * A product's Chinese page text, kept apart from the catalogue so the app does not load it at first
 * paint (`data/<product>.zh.json`): family titles by id, constant names and messages by code.
 */
export interface ChineseCatalogue {
  product: Product;
  families: Record<string, string>;
  names: Record<string, string>;
  messages: Record<string, string[]>;
}

/** A message variant of an HTTP status (the 503 variants are told apart by their message). */
export interface HttpVariant {
  id: string;
  message: string;
  executionStatus: string;
  meaning?: string;
}

/** One HTTP-level response: status (a number, or `4XX`/`5XX`) and what each product page says. */
export interface HttpStatusEntry {
  status: number | '4XX' | '5XX';
  id: string;
  title: string;
  documented: boolean;
  products: Partial<Record<Product, string>>;
  executionStatus: string;
  variants: HttpVariant[];
  notes: string[];
}

/** The HTTP-level responses and the rate-limit headers. */
export interface HttpCatalogue {
  statuses: HttpStatusEntry[];
  headers: { name: string; pattern: string; products: string[] }[];
}

/** A code that means different things in different products. */
export interface Collision {
  code: number;
  meanings: { products: Product[]; name: string | null }[];
  /** The verdict of the hand-checked collision table (../shared/catalogues/collisions.json), where it has the code. */
  verdict?: string;
}

/** A meaning that has different numbers in different products. */
export interface Renumbering {
  key: string;
  codes: Partial<Record<Product, number>>;
  names: Partial<Record<Product, string | null>>;
  via: 'name' | 'message';
}

/** Facts derived from all catalogues together. */
export interface Derived {
  collisions: Collision[];
  renumbered: Renumbering[];
}
