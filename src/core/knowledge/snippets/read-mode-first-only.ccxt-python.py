import os
import ccxt

ex = ccxt.binanceusdm({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
WANT_HEDGE = False
current = ex.fapiPrivateGetPositionSideDual()["dualSidePosition"] in (True, "true")
if current != WANT_HEDGE:
    ex.set_position_mode(WANT_HEDGE)
