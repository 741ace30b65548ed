/** The one public entry of the pure core. */
export { decode, type DecodeOptions } from './decode';
export type * from './types';
export { mergeResults } from './merge';
