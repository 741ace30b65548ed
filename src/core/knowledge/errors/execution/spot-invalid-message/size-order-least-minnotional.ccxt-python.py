import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets()
m = ex.market("{{ccxtSymbol}}")
floor = m["limits"]["cost"]["min"]  # NOTIONAL.minNotional
last = ex.fetch_ticker("{{ccxtSymbol}}")["last"]
amount = ex.amount_to_precision("{{ccxtSymbol}}", floor * 1.02 / last + m["precision"]["amount"])
print("smallest order:", amount, "BTC")
