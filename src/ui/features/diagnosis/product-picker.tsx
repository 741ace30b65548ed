import { useId } from 'react';
import { productChoices, type Finding, type Product } from '../../../core/index';
import { SOURCE_NAMES } from '../../lib/labels';

/**
 * Which API answered: a code can mean different things on USD-M, COIN-M, Spot and Portfolio Margin,
 * and a paste often does not say. The user's choice re-reads the finding as that product's entry.
 */
export function ProductPicker({
  decoded,
  current,
  pasteProduct,
  onChange,
}: {
  /** The finding as decode ranked it. */
  decoded: Finding;
  /** The product shown now (the user's choice, or the decoded one). */
  current: Product;
  /** The product the paste itself points to, if it does. */
  pasteProduct: Product | null;
  onChange: (p: Product | null) => void;
}) {
  const name = useId();
  const choices = productChoices(decoded);
  if (choices.length < 2) return null;
  const decodedProduct = choices[0]?.product;
  const assumed = SOURCE_NAMES[decodedProduct ?? ''] ?? 'the first product';
  const chosen = choices.find((c) => c.product === current);
  return (
    <fieldset className="product-choice">
      <legend>Which API answered this error?</legend>
      <p className="hint">
        {current !== decodedProduct
          ? `You chose ${SOURCE_NAMES[current] ?? current}; the paste alone reads as ${assumed}.`
          : pasteProduct != null
          ? `Your paste points to ${SOURCE_NAMES[pasteProduct] ?? pasteProduct}.`
          : decoded.matchedBy !== 'code'
            ? `The wording matches the ${assumed} page; the paste does not name the API. Pick yours if it differs.`
            : `Your paste does not say which API this came from, so ${assumed} is assumed. Pick yours if it differs.`}
      </p>
      {chosen?.differs === true && chosen.code === decoded.code && decoded.message != null && (
        <p className="notice">
          Check this choice: the message in your paste is worded as on the {assumed} page, and {chosen.code} means something else on {SOURCE_NAMES[current] ?? current}.
        </p>
      )}
      {choices.map((c) => (
        <label key={c.product}>
          <input type="radio" name={name} value={c.product} checked={current === c.product} onChange={() => onChange(c.product === decodedProduct ? null : c.product)} />{' '}
          {SOURCE_NAMES[c.product] ?? c.product}
          {c.product === decodedProduct && ' (as decoded)'}
          {c.differs && (
            <span className="meta">
              {' '}
              — {c.code === decoded.code ? 'means something else there' : 'there it is'}: {c.code} {c.name ?? ''} <q>{c.message ?? ''}</q>
            </span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
