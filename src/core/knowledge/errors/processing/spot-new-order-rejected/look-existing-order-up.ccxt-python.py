import uuid
import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
cid = "bot-" + uuid.uuid4().hex[:24]
ex.create_order("{{ccxtSymbol}}", "limit", "buy", 0.001, 60000, {"clientOrderId": cid})
