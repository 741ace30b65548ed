/// <reference types="vite/client" />

/** A hash of the catalogue data (vite.config.ts `define`), part of the key of every cached analysis. */
declare const __CATALOGUE_VERSION__: string;

/** The catalogue data of the built app, a hashed JSON asset (scripts/catalogue-asset.ts). */
declare module 'virtual:fed-catalogues/loader' {
  /** Fetches the catalogues once; import the core only after it resolves. Does nothing outside the built app. */
  export function loadCatalogues(): Promise<void>;
}
