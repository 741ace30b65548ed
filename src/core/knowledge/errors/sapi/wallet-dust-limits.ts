/**
 * Knowledge of the small-balance (dust) conversion limits: sapi:-5001 ASSET_DRIBBLET_CONVERT_SWITCH_OFF,
 * -5005 USER_ASSET_AMOUNT_IS_TOO_LOW and -5006 USER_CAN_NOT_REQUEST_IN_24_HOURS (-5003/-5004 have their own module).
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-5001', 'sapi:-5005', 'sapi:-5006'],
  meaning:
    'A conversion of small balances (dust) to BNB was refused: conversion is switched off for this account or asset (-5001), a listed balance is too small to convert (-5005, the message names the asset), or a conversion was already done within the allowed interval (-5006, “once in 24 hours”). Nothing was converted.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was converted. Resending the same list fails the same way: drop the asset the message names, or wait until the interval since the last conversion has passed, then send once.',
  },
  causes: [
    {
      id: 'dust-too-small',
      title: 'A listed balance is too small to convert (-5005)',
      why: 'Conversion takes a service fee in BNB; a balance worth next to nothing would give nothing after it, so it is refused, and one such asset fails the whole list.',
      fixes: [
        {
          title: 'Convert only what the preview offers',
          steps: [
            'List the convertible assets and what each would give with POST /sapi/v1/asset/dust-btc.',
            'Send only those assets to POST /sapi/v1/asset/dust, leaving out the one the message names.',
          ],
        },
      ],
    },
    {
      id: 'dust-converted-recently',
      title: 'Dust was already converted within the allowed interval (-5006)',
      why: 'Binance lets an account convert dust only once per interval (the message says 24 hours; the website may show a shorter one), counting conversions made on the website or app too. A bot that converts on every run hits this.',
      fixes: [
        {
          title: 'Check the last conversion and wait',
          steps: [
            'Read the time of the last conversion in GET /sapi/v1/asset/dribblet.',
            'Convert again only after the interval has passed, and at most once per run of your bot.',
          ],
        },
      ],
    },
    {
      id: 'dust-switched-off',
      title: 'Dust conversion is not available for this account or asset (-5001)',
      why: 'The feature can be switched off for some assets (being delisted, or not tradable against BNB), for some regions or venues, or for a while during maintenance.',
      fixes: [
        {
          title: 'Check on the website, or sell instead',
          steps: [
            'Try “Convert small balance to BNB” on the website or app with the same account: if it is not offered there either, it is off for the account.',
            'Sell the balance on a market instead, or try again after maintenance.',
          ],
        },
      ],
    },
  ],
};

export default knowledge;
