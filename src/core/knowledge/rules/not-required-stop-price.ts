import type { AutoRule } from '../types';
import { namedParam } from './named-param';
import { notRequiredParamKind } from './not-required-param-kind';

/** Which parameter a "sent when not required" message names, telling a trigger price (stopPrice, triggerPrice) apart; the rest as notRequiredParamKind reads it. */
export const notRequiredStopPrice: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  if (/^(stopprice|triggerprice)$/i.test(raw)) return { value: 'stopPrice', because: `the message names '${raw}'` };
  return notRequiredParamKind(ctx);
};
