import { useEffect, useId, useRef } from 'react';
import { productChoices, type Finding, type Product } from '../../../core/index';
import { SOURCE_NAMES } from '../../lib/labels';

/**
 * The question asked before anything else when the paste does not say which API answered and the code
 * reads differently on the APIs that have it: each API with its reading. Nothing that depends on the
 * answer (meaning, retry advice, causes, fixes) shows until it is answered.
 */
export function ProductQuestion({ decoded, onChange }: { decoded: Finding; onChange: (p: Product) => void }) {
  const name = useId();
  const choices = productChoices(decoded);
  if (choices.length === 0) return null;
  const apis = choices.map((c) => SOURCE_NAMES[c.product] ?? c.product).join(', ');
  // NOTE: the same meaning everywhere: only the endpoints and the code differ, so "Not sure" can fall back to the most pasted API.
  const same = decoded.productBasis === 'same-everywhere';
  const fallback = choices[0];
  return (
    <fieldset className="product-choice product-question">
      <legend>Which API did you call?</legend>
      <p className="hint">
        {same
          ? `Your paste does not say. The meaning is the same on each API that has ${decoded.code}; the endpoints to check and the code that fixes it differ. Pick the API you called to see its causes and fixes.`
          : `Your paste does not say, and ${decoded.code} reads differently on ${apis}. Pick the API you called to see what it means there and what to do.`}
      </p>
      {choices.map((c) => (
        <label key={c.product}>
          <input type="radio" name={name} value={c.product} checked={false} onChange={() => onChange(c.product)} /> {SOURCE_NAMES[c.product] ?? c.product}
          {!same && (
            <span className="meta">
              {' '}
              — {c.code} {c.name ?? ''} <q>{c.message ?? ''}</q>
            </span>
          )}
        </label>
      ))}
      {same && fallback !== undefined && (
        <label>
          <input type="radio" name={name} value="not-sure" checked={false} onChange={() => onChange(fallback.product)} /> Not sure — show it for {SOURCE_NAMES[fallback.product] ?? fallback.product}, the most
          pasted API
        </label>
      )}
    </fieldset>
  );
}

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
  const checkedRef = useRef<HTMLInputElement>(null);
  // NOTE: an answer to the question replaces it with this picker: the answer keeps the focus the question had.
  const answered = decoded.product == null;
  useEffect(() => {
    if (answered && (document.activeElement == null || document.activeElement === document.body)) checkedRef.current?.focus();
  }, [answered]);
  const choices = productChoices(decoded);
  if (choices.length < 2) return null;
  const decodedProduct = answered ? undefined : choices[0]?.product;
  const assumed = SOURCE_NAMES[decodedProduct ?? ''] ?? 'the first product';
  const chosen = choices.find((c) => c.product === current);
  return (
    <fieldset className="product-choice">
      <legend>Which API answered this error?</legend>
      <p className="hint">
        {answered
          ? `You chose ${SOURCE_NAMES[current] ?? current}; the paste does not say which API answered.`
          : current !== decodedProduct
          ? `You chose ${SOURCE_NAMES[current] ?? current}; the paste alone reads as ${assumed}.`
          : pasteProduct != null
          ? `Your paste points to ${SOURCE_NAMES[pasteProduct] ?? pasteProduct}.`
          : decoded.matchedBy !== 'code'
            ? `The wording matches the ${assumed} page; the paste does not name the API. Pick yours if it differs.`
            : `Your paste does not say which API this came from, so ${assumed} is assumed. Pick yours if it differs.`}
      </p>
      {!answered && chosen?.differs === true && chosen.code === decoded.code && decoded.message != null && (
        <p className="notice">
          Check this choice: the message in your paste is worded as on the {assumed} page, and {chosen.code} means something else on {SOURCE_NAMES[current] ?? current}.
        </p>
      )}
      {choices.map((c) => (
        <label key={c.product}>
          <input
            type="radio"
            name={name}
            value={c.product}
            checked={current === c.product}
            ref={current === c.product ? checkedRef : undefined}
            onChange={() => onChange(c.product === decodedProduct ? null : c.product)}
          />{' '}
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
