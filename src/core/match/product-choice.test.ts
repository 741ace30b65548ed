import { describe, expect, it } from 'vitest';
import { decode } from '../decode';
import { asProduct, productChoices } from './product-choice';

const first = (text: string) => {
  const f = decode(text).findings[0];
  if (f === undefined) throw new Error(`no finding in ${text}`);
  return f;
};

describe('product choice', () => {
  it('offers every product that has the code, the decoded one first, and flags other meanings', () => {
    const f = first('{"code":-2021,"msg":"Order would immediately trigger."}');
    const choices = productChoices(f);
    expect(choices[0]).toMatchObject({ product: 'usdm', code: -2021, differs: false });
    expect(choices.map((c) => c.product).sort()).toEqual(['coinm', 'pm', 'sapi', 'spot', 'us', 'usdm']);
    expect(choices.find((c) => c.product === 'coinm')?.differs).toBe(false);
    expect(choices.find((c) => c.product === 'spot')).toMatchObject({ differs: true, message: 'Order cancel-replace partially failed.' });
  });

  it('does not flag a product whose page words the same meaning differently', () => {
    const f = first('{"code":-1000,"msg":"An unknown error occured while processing the request."}');
    const spot = productChoices(f).find((c) => c.product === 'spot');
    expect(spot).toMatchObject({ code: -1000, message: 'An unknown error occurred while processing the request.', differs: false });
    const options = productChoices(first('{"code":-1008,"msg":"Too many requests queued."}'));
    expect(options[0]?.product).toBe('options');
    expect(options.find((c) => c.product === 'usdm')?.differs).toBe(true);
  });

  it('reads a finding as the chosen product: its message, name and retry verdict, same id and occurrences', () => {
    const f = first('2026-01-01 10:00:00 ERROR {"code":-2021,"msg":"Order would immediately trigger."}');
    const spot = asProduct(f, 'spot');
    expect(spot).not.toBeNull();
    expect(spot).toMatchObject({ id: f.id, product: 'spot', code: -2021, name: null, catalogueMessage: 'Order cancel-replace partially failed.' });
    // A partly failed cancel-replace may have cancelled or placed an order: the status is unknown.
    expect(spot?.retry).toBe('query-order-first');
    expect(f.retry).toBe('fix-first');
    expect(spot?.occurrences).toEqual(f.occurrences);
    expect(spot?.candidates[0]?.reason).toMatch(/^you chose Spot/);
    expect(spot?.candidates).toHaveLength(f.candidates.length);
  });

  it('follows a message to its own code on another product', () => {
    const f = first('Order would trigger immediately.');
    expect(f).toMatchObject({ product: 'spot', code: -2010 });
    expect(asProduct(f, 'usdm')).toMatchObject({ product: 'usdm', code: -2021, name: 'ORDER_WOULD_IMMEDIATELY_TRIGGER' });
  });

  it('returns the finding itself for its own product, and null where a product has no reading', () => {
    const f = first('{"code":-4164,"msg":"Order\'s notional must be no smaller than 5 (unless you choose reduce only)"}');
    expect(asProduct(f, f.product as 'usdm')).toBe(f);
    expect(productChoices(f).some((c) => c.product === 'spot')).toBe(false);
    expect(asProduct(f, 'spot')).toBeNull();
  });

  it('offers nothing for HTTP statuses and unknown codes', () => {
    expect(productChoices(first('HTTP/1.1 429 Too Many Requests'))).toEqual([]);
    const unknown = first('{"code":-9876,"msg":"Something new."}');
    expect(unknown.known).toBe(false);
    expect(productChoices(unknown)).toEqual([]);
    expect(asProduct(unknown, 'spot')).toBeNull();
  });
});
