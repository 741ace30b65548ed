import { describe, expect, it } from 'vitest';
import { forbiddenBody } from './forbidden-body';
import { ruleContext } from './testing';

const http403 = (message: string | null) => ruleContext({ id: 'http:403', code: 403, httpStatus: 403, message });

describe('forbiddenBody', () => {
  it('answers country for a CloudFront country block', () => {
    expect(forbiddenBody(http403('The Amazon CloudFront distribution is configured to block access from your country.'))).toEqual({
      value: 'country',
      because: 'the page says CloudFront blocks access from your country',
    });
  });

  it('answers json-key for a Binance key/IP error body', () => {
    expect(forbiddenBody(http403('{"code":-2015,"msg":"Invalid API-key, IP, or permissions for action, request ip: 203.0.113.7"}'))).toEqual({
      value: 'json-key',
      because: 'the body is a Binance key/IP error, not a firewall page',
    });
  });

  it('answers waf-page for the CloudFront "could not be satisfied" page', () => {
    expect(forbiddenBody(http403('<HTML><HEAD><TITLE>ERROR: The request could not be satisfied</TITLE></HEAD><BODY>Request blocked.</BODY></HTML>'))).toEqual({
      value: 'waf-page',
      because: 'the body is a CloudFront “request could not be satisfied / Request blocked” page',
    });
  });

  it('stays silent on an empty or unrecognised body', () => {
    expect(forbiddenBody(http403(null))).toBeUndefined();
    expect(forbiddenBody(http403('Forbidden'))).toBeUndefined();
  });
});
