import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
try:
    ex.set_margin_mode("isolated", "{{ccxtSymbol}}")
except ccxt.MarginModeAlreadySet:
    pass  # -4046: already isolated
