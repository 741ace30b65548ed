import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
qty = ex.amount_to_precision("{{ccxtSymbol}}", 0.00123456789)
price = ex.price_to_precision("{{ccxtSymbol}}", 64321.3719)
ex.create_order("{{ccxtSymbol}}", "limit", "buy", float(qty), float(price))
