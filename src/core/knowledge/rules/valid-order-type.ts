import type { AutoRule } from '../types';
import { futuresTypeOnSpot } from './futures-type-on-spot';
import { spotTypeOnFutures } from './spot-type-on-futures';

const FUTURES_TYPES = ['LIMIT', 'MARKET', 'STOP', 'STOP_MARKET', 'TAKE_PROFIT', 'TAKE_PROFIT_MARKET', 'TRAILING_STOP_MARKET'];
const SPOT_TYPES = ['LIMIT', 'MARKET', 'STOP_LOSS', 'STOP_LOSS_LIMIT', 'TAKE_PROFIT', 'TAKE_PROFIT_LIMIT', 'LIMIT_MAKER'];

/** Was the type sent to futures one futures list, spelled exactly? Otherwise as spotTypeOnFutures reads the logged type. */
export const futuresTypeValid: AutoRule = (ctx) => {
  const t = ctx.evidence.params.type;
  if (t !== undefined && FUTURES_TYPES.includes(t)) return { value: 'valid', because: `your request carried type=${t}, a futures order type` };
  return spotTypeOnFutures(ctx);
};

/** Was the type sent to Spot one Spot lists, spelled exactly? Otherwise as futuresTypeOnSpot reads the logged type. */
export const spotTypeValid: AutoRule = (ctx) => {
  const t = ctx.evidence.params.type;
  if (t !== undefined && SPOT_TYPES.includes(t)) return { value: 'valid', because: `your request carried type=${t}, a Spot order type` };
  return futuresTypeOnSpot(ctx);
};
