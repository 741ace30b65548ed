import { describe, expect, it } from 'vitest';
import { bannedOrLimited } from './banned-or-limited';
import { ruleContext } from './testing';

const BAN = 'Way too many requests; IP banned until 1700000000000. Please use the websocket for live updates to avoid bans.';

describe('bannedOrLimited', () => {
  it('answers banned with the end of the ban as a UTC time', () => {
    const a = bannedOrLimited(ruleContext({ code: -1003, message: BAN, params: { bannedUntil: '1700000000000' } }));
    expect(a).toEqual({ value: 'banned', because: 'the message says the IP is banned until 2023-11-14 22:13:20 UTC' });
  });

  it('answers banned from the wording when the time is not usable', () => {
    const a = bannedOrLimited(ruleContext({ code: -1003, message: 'Way too many requests; IP banned until 17. Please use the websocket.', params: { bannedUntil: '17' } }));
    expect(a).toEqual({ value: 'banned', because: 'the message says the IP is banned' });
  });

  it('answers banned on HTTP 418 (from the finding or the evidence)', () => {
    expect(bannedOrLimited(ruleContext({ httpStatus: 418 }))).toEqual({ value: 'banned', because: 'the response was HTTP 418 (IP ban)' });
    expect(bannedOrLimited(ruleContext({}, { httpStatus: 418 }))?.value).toBe('banned');
  });

  it('answers limit for queued requests, a stated current limit, or HTTP 429', () => {
    expect(bannedOrLimited(ruleContext({ message: 'Too many requests queued.' }))).toEqual({ value: 'limit', because: 'the message says too many requests are queued' });
    expect(bannedOrLimited(ruleContext({ catalogueMessage: 'Too much request weight used; current limit is %s request weight per %s. Please use WebSocket Streams for live updates to avoid polling the API.' }))).toEqual({
      value: 'limit',
      because: 'the message states your current limit',
    });
    expect(bannedOrLimited(ruleContext({}, { httpStatus: 429 }))).toEqual({ value: 'limit', because: 'the response was HTTP 429 (limit reached, no ban yet)' });
  });

  it('stays silent without a message or status that tells', () => {
    expect(bannedOrLimited(ruleContext({ message: 'Too many requests.' }))).toBeUndefined();
  });
});
