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
  | 'changelog';

/** Placeholder kinds: `%s` text, `%b` boolean, `%d` number. */
export type Slot = 's' | 'b' | 'd';

/** One message variant; `parts` are the literal text around `slots` (parts.length = slots.length + 1). */
export interface CatalogueMessage {
  text: string;
  origin: MessageOrigin;
  parts: string[];
  slots: Slot[];
  /** What the page says the message means (Spot tables). */
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
  messagesZh: string[];
  descriptions: string[];
  notes: string[];
}

/** A family heading such as `10xx - General Server or Network issues`. */
export interface Family {
  id: string;
  title: string;
  titleZh?: string;
}

/** One product's catalogue. */
export interface Catalogue {
  product: Product;
  title: string;
  source: string;
  retrieved: string;
  families: Family[];
  entries: CatalogueEntry[];
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
  meanings: { products: Product[]; name: string | null; message: string | null }[];
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
