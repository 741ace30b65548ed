import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
symbol = "{{ccxtSymbol}}"
best_bid = ex.fetch_order_book(symbol, 5)["bids"][0][0]
# postOnly becomes timeInForce=GTX; a price at or under the best bid cannot take
ex.create_order(symbol, "limit", "buy", 0.002, best_bid, {"postOnly": True})
