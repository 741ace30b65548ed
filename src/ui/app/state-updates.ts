import type { Product } from '../../core/index';
import type { SavedState } from '../lib/storage';

/** The state with finding `id` chosen. */
export function withSelected(s: SavedState, id: string): SavedState {
  return { ...s, selected: id };
}

/** The state with finding `id` chosen and its answers replaced by `answers`. */
export function withAnswers(s: SavedState, id: string, answers: Record<string, string>): SavedState {
  return { ...s, selected: id, answers: { ...s.answers, [id]: answers } };
}

/** The state with finding `id` chosen and read as `product` (null: as decoded); its answers start again. */
export function withProduct(s: SavedState, id: string, product: Product | null): SavedState {
  const products = { ...s.products };
  if (product == null) delete products[id];
  else products[id] = product;
  // NOTE: another product has another tree, so the answers to this finding start again.
  const answers = { ...s.answers };
  delete answers[id];
  return { ...s, selected: id, products, answers };
}
