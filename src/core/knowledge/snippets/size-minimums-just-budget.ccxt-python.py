import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
symbol = "{{ccxtSymbol}}"
m = ex.market(symbol)
floor = m["limits"]["cost"]["min"]  # MIN_NOTIONAL.notional of this symbol
last = ex.fetch_ticker(symbol)["last"]
amount = ex.amount_to_precision(symbol, floor * 1.02 / last + m["precision"]["amount"])
ex.create_order(symbol, "market", "buy", amount)
