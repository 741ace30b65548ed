import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
for b in um.leverage_brackets(symbol="{{symbol}}")[0]["brackets"]:
    print(b["initialLeverage"], "x up to", b["notionalCap"])
