import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
usdt = next(b for b in client.account()["balances"] if b["asset"] == "USDT")
print("free", usdt["free"], "locked", usdt["locked"])
