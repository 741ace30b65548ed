import type { AutoRule } from '../types';
import { missingParamKind } from './missing-param-kind';
import { namedParam } from './named-param';

/** Which mandatory parameter the message says is missing, telling the signing fields (signature, timestamp) apart; the rest as missingParamKind reads it. */
export const missingParamOrSigning: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  if (/^(signature|timestamp)$/i.test(raw)) return { value: 'signing', because: `the message names '${raw}', a field of signed requests` };
  return missingParamKind(ctx);
};
