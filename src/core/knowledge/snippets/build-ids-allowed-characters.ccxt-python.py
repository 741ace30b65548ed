import uuid
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
cid = "bot-" + uuid.uuid4().hex[:24]
ex.create_order("{{ccxtSymbol}}", "market", "buy", 0.01, None, {"clientOrderId": cid})
