from decimal import Decimal
import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
qty = ex.amount_to_precision("{{ccxtSymbol}}", 0.00123)  # a plain decimal string
ex.create_order("{{ccxtSymbol}}", "limit", "buy", float(Decimal(qty)), 60000, {"timeInForce": "GTC"})
