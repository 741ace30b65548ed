import uuid
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})

cid = "bot-" + uuid.uuid4().hex[:20]
try:
    ex.create_order("{{ccxtSymbol}}", "market", "buy", 0.002, params={"clientOrderId": cid})
except (ccxt.RequestTimeout, ccxt.ExchangeNotAvailable, ccxt.OperationFailed):
    print(ex.fetch_order(None, "{{ccxtSymbol}}", params={"origClientOrderId": cid}))  # look first
