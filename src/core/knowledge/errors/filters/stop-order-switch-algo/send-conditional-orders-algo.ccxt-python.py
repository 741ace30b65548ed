import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
# a current ccxt routes create_order(..., {"stopLossPrice": 58000}) here itself; the raw call:
ex.fapiPrivatePostAlgoOrder({"algoType": "CONDITIONAL", "symbol": "{{symbol}}", "side": "SELL",
                             "type": "STOP_MARKET", "triggerPrice": "58000",
                             "closePosition": "true", "workingType": "MARK_PRICE"})
