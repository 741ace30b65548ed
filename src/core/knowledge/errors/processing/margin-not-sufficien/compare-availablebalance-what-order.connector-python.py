import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
avail = float(next(b for b in um.balance() if b["asset"] == "USDT")["availableBalance"])
lev = float(um.sign_request("GET", "/fapi/v1/symbolConfig", {"symbol": "{{symbol}}"})[0]["leverage"])
price = float(um.mark_price(symbol="{{symbol}}")["markPrice"])
print("max qty ~", avail * lev * 0.95 / price)
