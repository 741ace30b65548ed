/** The products we carry catalogues for, and their names: no data, so the page can name products before the catalogues load. */
import type { Product } from '../types';

/** Products in the order we prefer them when nothing else tells them apart (most pasted first). */
export const PRODUCTS: readonly Product[] = ['usdm', 'spot', 'coinm', 'pm', 'sapi', 'options', 'us', 'wsapi', 'link'];

/** The products the app was founded on (the trading pages); the others were added later. */
export const FOUNDING_PRODUCTS: readonly Product[] = ['usdm', 'spot', 'coinm', 'pm'];

/** Human names of the products. */
export const PRODUCT_NAMES: Record<Product, string> = {
  usdm: 'USD-M Futures',
  coinm: 'COIN-M Futures',
  spot: 'Spot',
  pm: 'Portfolio Margin',
  sapi: 'SAPI (wallet, margin, sub-account …)',
  options: 'Options',
  us: 'Binance.US',
  wsapi: 'WebSocket streams',
  link: 'Binance Link',
};
