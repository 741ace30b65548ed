import type { AutoRule } from '../types';
import { messagesOf } from './util';

/** What is the 403 body: a country block, a WAF page or a Binance key/IP error? From the pasted (and catalogue) message text. */
export const forbiddenBody: AutoRule = (ctx) => {
  const t = messagesOf(ctx);
  if (t.trim() === '') return undefined;
  if (t.includes('from your country')) return { value: 'country', because: 'the page says CloudFront blocks access from your country' };
  if (/-2015|-1011|-1002|request ip|invalid api-key/.test(t)) return { value: 'json-key', because: 'the body is a Binance key/IP error, not a firewall page' };
  if (/could not be satisfied|request blocked|cloudfront|<html/.test(t)) return { value: 'waf-page', because: 'the body is a CloudFront “request could not be satisfied / Request blocked” page' };
  return undefined;
};
