import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
ex.load_markets(True)
symbol = "{{ccxtSymbol}}"
amount = ex.amount_to_precision(symbol, 0.0123456)  # truncates onto stepSize
if float(amount) < ex.market(symbol)["limits"]["amount"]["min"]:
    raise ValueError("amount is below the minimum after rounding: not sending")
ex.create_order(symbol, "market", "buy", amount)
