import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets(True)  # reload: Binance changes tick sizes
symbol = "{{ccxtSymbol}}"
price = ex.price_to_precision(symbol, 64321.37)  # snaps to PRICE_FILTER.tickSize
amount = ex.amount_to_precision(symbol, 0.002)
ex.create_order(symbol, "limit", "buy", amount, price)
