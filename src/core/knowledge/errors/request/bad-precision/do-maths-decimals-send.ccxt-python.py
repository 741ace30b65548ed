import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
qty = ex.amount_to_precision("{{ccxtSymbol}}", 0.0123456)  # truncates to the step
price = ex.price_to_precision("{{ccxtSymbol}}", 64321.37)
ex.create_order("{{ccxtSymbol}}", "limit", "buy", float(qty), float(price))
