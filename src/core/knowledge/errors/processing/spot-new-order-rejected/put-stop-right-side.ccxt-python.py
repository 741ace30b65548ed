import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
last = ex.fetch_ticker("{{ccxtSymbol}}")["last"]
stop = float(ex.price_to_precision("{{ccxtSymbol}}", last * 0.98))
ex.create_order("{{ccxtSymbol}}", "STOP_LOSS_LIMIT", "sell", 0.001, stop * 0.999, {"stopPrice": stop, "timeInForce": "GTC"})
