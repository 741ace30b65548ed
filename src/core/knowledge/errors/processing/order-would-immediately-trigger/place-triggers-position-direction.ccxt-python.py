import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
mark = ex.fetch_ticker("{{ccxtSymbol}}")["last"]
trigger = float(ex.price_to_precision("{{ccxtSymbol}}", mark * 0.98))  # SELL stop below
ex.create_order("{{ccxtSymbol}}", "STOP_MARKET", "sell", None, None, {"stopPrice": trigger, "closePosition": True, "workingType": "MARK_PRICE"})
