import type { AutoRule } from '../types';
import { namedParam } from './named-param';

/** Does the logged request carry the parameter the message says is missing? Then the request itself had it, from the pasted request parameters. */
export const namedParamSent: AutoRule = (ctx) => {
  const name = namedParam(ctx).toLowerCase();
  if (name === '') return undefined;
  const hit = Object.entries(ctx.evidence.params).find(([k, v]) => k.toLowerCase() === name && v !== undefined && v.trim() !== '');
  return hit === undefined ? undefined : { value: 'present', because: `the paste shows ${hit[0]}=${hit[1] ?? ''} in the request that failed` };
};
