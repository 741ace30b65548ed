/** Knowledge of spot:-1184 DROP_COPY_SESSION_NOT_ALLOWED. */
import type { Knowledge } from '../../types';

const knowledge: Knowledge = {
  keys: ['spot:-1184'],
  meaning: 'Drop Copy sessions are not supported on this FIX server. Nothing was done.',
  retry: { verdict: 'fix-first', outcome: 'rejected', advice: 'Nothing was done. Connect to Binance’s Drop Copy server for Drop Copy sessions.' },
  causes: [
    {
      id: 'fix-dropcopy-server',
      title: 'Drop Copy on the wrong server',
      why: 'You asked for Drop Copy on an order-entry or market-data server.',
      fixes: [{ title: 'Use the Drop Copy host', steps: ['Reconnect to the Drop Copy endpoint from the FIX documentation.'] }],
    },
  ],
};

export default knowledge;
