import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets(True)
symbol = "{{ccxtSymbol}}"
amount = ex.amount_to_precision(symbol, 0.0012345)  # LOT_SIZE.stepSize
price = ex.price_to_precision(symbol, 64321.378)  # PRICE_FILTER.tickSize
ex.create_order(symbol, "limit", "buy", amount, price)
