import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../redact/redact';
import { HARD_CAP, ShareLinkError, buildShareLink, decodeShareLink, encodePayload } from './share-link';

// NOTE: a real v1 link, made by this codec on 2026-11-25. It must decode forever; never regenerate it.
const V1_LINK =
  '#d=1.HY4xC8IwEEb_SrhJQa11M9DBwcFBLOimDiG5lIOYlLtEh9L_bnR7fPA93gQZNPSX60013ozUvNsmsUNWQkM0uTB2d0ZnbEb3fMRDfzoyJ17Y5LBb77btfqnV2fBAUZEoilK8J0sY8wZWYKvdlxAqSsUi7qX_rzoY0BN8TAj4a5AxZZjnLw';
// NOTE: a real v2 link (a USD-M finding read as Spot), made by this codec on 2026-11-25. Never regenerate it.
const V2_LINK = '#d=2.JYxLCsQgEAWvIm_tDDNZeolcoDch3RFBMfghBPHuaciuqhY10OAwCHtmIbjP8lv-lpCqVyOshaWYK_fIJqQkHLYm8TatBO-lfAkTFrs-jh6jYlXsldN70rDBjWlxaq9nbpgP';

describe('share link codec', () => {
  it('decodes the pinned v1 link', () => {
    expect(decodeShareLink(V1_LINK)).toEqual({
      text: 'POST /fapi/v1/order signature=[redacted]\nAPIError(code=-2019): Margin is insufficient.',
      scope: 'full',
      selected: 'usdm:-2019',
      answers: { wallet: 'spot' },
      product: null,
    });
  });

  it('decodes the pinned v2 link, product choice included', () => {
    expect(decodeShareLink(V2_LINK)).toEqual({
      text: '{"code":-2021,"msg":"Order would immediately trigger."}',
      scope: 'full',
      selected: 'usdm:-2021',
      answers: {},
      product: 'spot',
    });
  });

  it('pins the encoding (v2)', () => {
    expect(encodePayload({ text: 'APIError(code=-2019): Margin is insufficient.', scope: 'full', selected: 'usdm:-2019', answers: {}, product: null })).toMatchInlineSnapshot(`"d=2.q1YqUbJScgzwdC0qyi_SSM5PSbXVNTIwtNS0UvBNLErPzFPILFbIzCsuTUvLTM5MzSvRU9JRSgbqSSvNyQEyi4HM0uKUXCuwLqBAopJVda2OUoGSVR5QRS0A"`);
  });

  it('round-trips any payload', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), fc.constantFrom('usdm:-2019', 'spot:-1013', 'sapi:-10038', 'link:100001001', 'wsapi:2', 'http:503:unknown-error', null), fc.dictionary(fc.stringMatching(/^[a-z-]{1,20}$/), fc.stringMatching(/^[a-z0-9-]{1,20}$/), { maxKeys: 5 }), fc.constantFrom('usdm', 'coinm', 'spot', 'pm', 'sapi', 'options', 'us', 'wsapi', 'link', null), (text, selected, answers, product) => {
        const clean = redact(text).text;
        const out = decodeShareLink(encodePayload({ text: clean, scope: 'full', selected, answers, product }));
        expect(out.selected).toBe(selected);
        expect(out.product).toBe(product);
        expect(out.answers).toEqual(answers);
        expect(out.text).toBe(redact(clean).text);
      }),
      { numRuns: 200 },
    );
  });

  it('ignores a product field in a v1 link: v1 never had one', () => {
    expect(decodeShareLink(`#${encodeRaw('{"t":"x","c":"full","s":null,"a":{},"p":"spot"}')}`).product).toBeNull();
  });

  it('keeps links under the hard cap: excerpt first, then no paste, and says so', () => {
    const noise = Array.from({ length: 4000 }, (_, i) => `2026-01-01 10:00:${String(i % 60).padStart(2, '0')} INFO tick ${i * 7919} ${(i * 104729).toString(36)}`).join('\n');
    const text = `${noise}\nAPIError(code=-2019): Margin is insufficient.\n${noise}`;
    const link = buildShareLink(text, [4001], 'usdm:-2019', {});
    expect(link.fragment.length).toBeLessThanOrEqual(HARD_CAP);
    expect(link.payload.scope).toBe('excerpt');
    expect(link.note).toMatch(/lines around the errors/);
    expect(decodeShareLink(link.fragment).text).toContain('Margin is insufficient.');
    const none = buildShareLink(text, [4001], 'usdm:-2019', {}, 'none');
    expect(none.payload).toMatchObject({ scope: 'none', text: '' });
  });

  it.each([
    ['not ours', '#x=1.abc', /not a Futures Error Doctor link/],
    ['future version', '#d=3.abc', /newer version/],
    ['never-made version', '#d=0.abc', /never made/],
    ['bad base64', '#d=1.a', /damaged/],
    ['not deflate', '#d=1.aGVsbG8gd29ybGQ', /damaged/],
    ['too long', `#d=1.${'A'.repeat(20000)}`, /far longer/],
    ['wrong schema', `#${encodeRaw('[1,2,3]')}`, /not a diagnosis/],
    ['unknown finding id', `#${encodeRaw('{"t":"x","c":"full","s":"<img src=x>","a":{}}')}`, /finding we do not know/],
    ['bad answers', `#${encodeRaw('{"t":"x","c":"full","s":null,"a":{"q":{"$gt":1}}}')}`, /answers are not readable/],
    ['bad scope', `#${encodeRaw('{"t":"x","c":"all","s":null,"a":{}}')}`, /unknown scope/],
    ['unknown product', `#${encodeRaw('{"t":"x","c":"full","s":null,"a":{},"p":"futures"}', 2)}`, /product we do not know/],
    ['product of the wrong type', `#${encodeRaw('{"t":"x","c":"full","s":null,"a":{},"p":{"$ne":1}}', 2)}`, /product we do not know/],
  ])('refuses a hostile link: %s', (_name, link, message) => {
    expect(() => decodeShareLink(link)).toThrow(ShareLinkError);
    expect(() => decodeShareLink(link)).toThrow(message);
  });

  it('refuses a zip bomb before it grows past the cap', () => {
    const bomb = encodePayload({ text: 'a'.repeat(3_000_000), scope: 'full', selected: null, answers: {}, product: null });
    expect(bomb.length).toBeLessThan(16_384);
    expect(() => decodeShareLink(bomb)).toThrow(/more than 1 MB/);
  });
});

/** A fragment of the given version around raw JSON, for hostile-payload tests. */
function encodeRaw(json: string, version = 1): string {
  return `d=${version}.${rawDeflate(json)}`;
}

import { deflateSync, strToU8 } from 'fflate';
function rawDeflate(json: string): string {
  const bytes = deflateSync(strToU8(json));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return Buffer.from(bin, 'binary').toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
