import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** Which parameter a Spot "sent when not required" message names: price or timeInForce, stopPrice, or another. From the message. */
export const spotNotRequiredParam: AutoRule = (ctx) => {
  const raw = namedParam(ctx);
  if (raw === '') return undefined;
  const because = `the message names '${raw}'`;
  if (/^(timeinforce|price)$/i.test(raw)) return { value: 'timeInForce', because };
  if (/^stopprice$/i.test(raw)) return { value: 'stopPrice', because };
  return { value: 'other', because };
};
