/** Knowledge of spot:-1158 OCO_ORDER_TYPE_REJECTED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1158'],
  meaning: 'An order type inside the OCO (aboveType / belowType) is not supported for OCO. Nothing was placed.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was placed. Use supported leg types for the OCO and send again.' },
  causes: [
    {
      id: 'bad-oco-type',
      title: 'Unsupported OCO leg type',
      why: 'Each OCO leg must be one of the types the OCO endpoint lists (e.g. LIMIT_MAKER, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT).',
      fixes: [{ title: 'Choose supported leg types', steps: ['Check the allowed aboveType / belowType values on POST /api/v3/orderList/oco.'] }],
    },
  ],
};

export default knowledge;
