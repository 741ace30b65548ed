import type { AutoRule } from '../types';
import { missingParamKind } from './missing-param-kind';
import { namedParam } from './named-param';

/** Which mandatory parameter the message says is missing, telling the signing fields (signature, timestamp) and the end of a time range (endTime) apart; the rest as missingParamKind reads it. */
export const missingParamOrSigning: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  if (/^(signature|timestamp)$/i.test(raw)) return { value: 'signing', because: `the message names '${raw}', a field of signed requests` };
  if (/^endtime$/i.test(raw)) return { value: 'time', because: `the message names '${raw}', the end of a time range` };
  return missingParamKind(ctx);
};
