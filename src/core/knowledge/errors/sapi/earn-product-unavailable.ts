/**
 * Knowledge of the Simple Earn (formerly Savings) product-state codes: sapi:-6001 DAILY_PRODUCT_NOT_EXIST,
 * -6003 DAILY_PRODUCT_NOT_ACCESSIBLE, -6004 DAILY_PRODUCT_NOT_PURCHASABLE, -6007 DAILY_REDEEM_TIME_ERROR,
 * -6008 DAILY_PRODUCT_NOT_REDEEMABLE, -6017 NOT_IN_WHITELIST, -6020 PROJECT_NOT_EXISTS.
 */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['sapi:-6001', 'sapi:-6003', 'sapi:-6004', 'sapi:-6007', 'sapi:-6008', 'sapi:-6017', 'sapi:-6020'],
  meaning:
    'A Simple Earn (formerly Savings) subscription or redemption named a product that is not there for you, or not open for that action right now: it does not exist (-6001; -6020 for a locked project), your account may not use it (-6003, -6017 “Not in whitelist”), it is not taking subscriptions (-6004), or it cannot be redeemed at this time (-6007, -6008). Nothing was subscribed or redeemed.',
  retry: {
    verdict: 'fix-first',
    outcome: 'rejected',
    advice: 'Nothing was subscribed or redeemed. Resending the same product id fails the same way: look the product up in the current list, check that it is open for what you want to do, then send again with the right id — or wait until it opens.',
  },
  causes: [
    {
      id: 'earn-wrong-product-id',
      title: 'The productId or projectId is wrong or out of date',
      why: 'Flexible products are addressed by productId (such as BTC001), locked products by projectId. An id typed by hand, taken from another asset, kept from the old Savings or Staking APIs, or a locked term that has ended and been replaced by a new one, names a product that does not exist.',
      fixes: [
        {
          title: 'Take the id from the current product list',
          steps: [
            'List flexible products with GET /sapi/v1/simple-earn/flexible/list (asset=…) and locked ones with GET /sapi/v1/simple-earn/locked/list; copy productId or projectId from the answer, do not build it yourself.',
            'Subscribe to a flexible product with POST /sapi/v1/simple-earn/flexible/subscribe (productId) and to a locked one with POST /sapi/v1/simple-earn/locked/subscribe (projectId): the two ids are not interchangeable.',
            'Refresh the ids you keep in configuration whenever a locked term ends.',
          ],
        },
      ],
    },
    {
      id: 'earn-product-not-open',
      title: 'The product is not taking subscriptions now (sold out, not started or ended)',
      why: 'A product takes subscriptions only while its status is PURCHASING and it is not sold out. PREHEATING products have not opened yet, END products are closed, and popular locked terms sell out within minutes; canPurchase is false meanwhile.',
      fixes: [
        {
          title: 'Check the product’s status first',
          steps: [
            'Read status, canPurchase and isSoldOut for the product in GET /sapi/v1/simple-earn/flexible/list (or GET /sapi/v1/simple-earn/locked/list).',
            'Subscribe only while canPurchase is true; otherwise choose another product or term, or try again when it reopens.',
          ],
        },
      ],
    },
    {
      id: 'earn-redeem-not-open',
      title: 'The position cannot be redeemed now (locked term running, redemption paused)',
      why: 'Locked products are held until the end of their term unless the product allows early redemption. Redemption of an asset can also be paused for a while — during maintenance, a network upgrade or a delisting — and the position then shows canRedeem false.',
      fixes: [
        {
          title: 'Check whether the position can be redeemed',
          steps: [
            'Flexible: read canRedeem for the product in GET /sapi/v1/simple-earn/flexible/position; redeem with POST /sapi/v1/simple-earn/flexible/redeem only when it is true.',
            'Locked: find the position and its redemption date in GET /sapi/v1/simple-earn/locked/position; redeem early (POST /sapi/v1/simple-earn/locked/redeem with positionId) only where the product offers it, otherwise wait for the term to end.',
            'If redemption is paused for the asset, try again after Binance’s announcement says it has resumed.',
          ],
        },
      ],
    },
    {
      id: 'earn-product-restricted',
      title: 'The product is not offered to your account (whitelist, region, account type)',
      why: 'Some products are open only to selected users — new users, certain VIP levels, invited users — or not in your country, and some account types may not use a given product. “Not in whitelist” (-6017) and the permission half of -6003 mean this.',
      fixes: [
        {
          title: 'Use a product your account is offered',
          steps: [
            'Open the same product in the app or on the website while logged in to the same account: if it is not offered there, the API cannot subscribe to it either.',
            'Pick a product the list returns for your account, or use the account (e.g. the master account) that the product is offered to.',
          ],
        },
      ],
    },
    {
      id: 'legacy-savings-endpoint',
      title: 'The call goes to the retired Savings or Staking endpoints',
      why: 'Simple Earn replaced Flexible/Locked Savings and Staking in 2023, and the old endpoints (/sapi/v1/lending/daily/…, /sapi/v1/lending/project/…, /sapi/v1/staking/…) were deprecated and dropped from the official connectors in early 2024. Old library methods built on them (for example python-binance’s lending helpers) address products that no longer exist there.',
      fixes: [
        {
          title: 'Move to the Simple Earn endpoints',
          steps: [
            'Replace the old calls with their Simple Earn versions: product lists GET /sapi/v1/simple-earn/flexible/list and /locked/list, subscriptions POST /sapi/v1/simple-earn/flexible/subscribe and /locked/subscribe, redemptions POST /sapi/v1/simple-earn/flexible/redeem and /locked/redeem.',
            'Update your library to a version that has Simple Earn methods, and fetch fresh product ids from the new lists.',
          ],
        },
      ],
    },
  ],
  tree: {
    start: 'endpoint',
    questions: [
      {
        id: 'endpoint',
        text: 'Which path did the failing request call?',
        help: 'The URL in your log, or the library method you used.',
        options: [
          { value: 'simple-earn', label: '/sapi/v1/simple-earn/… (Simple Earn)', next: 'action' },
          {
            value: 'legacy',
            label: '/sapi/v1/lending/… or /sapi/v1/staking/…, or an old savings/staking method of my library',
            ranks: ['legacy-savings-endpoint', 'earn-wrong-product-id'],
          },
          { value: 'not-sure', label: 'Not sure', next: 'action' },
        ],
      },
      {
        id: 'action',
        text: 'Were you subscribing to the product or redeeming from it?',
        options: [
          { value: 'subscribe', label: 'Subscribing (putting funds in)', ranks: ['earn-product-not-open', 'earn-wrong-product-id', 'earn-product-restricted'] },
          { value: 'redeem', label: 'Redeeming (taking funds out)', ranks: ['earn-redeem-not-open', 'earn-wrong-product-id'] },
          { value: 'not-sure', label: 'Not sure', ranks: ['earn-wrong-product-id', 'earn-product-not-open', 'earn-redeem-not-open', 'earn-product-restricted'] },
        ],
      },
    ],
  },
};

export default knowledge;
