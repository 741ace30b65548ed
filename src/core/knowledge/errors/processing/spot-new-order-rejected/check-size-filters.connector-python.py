import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
f = {x["filterType"]: x for x in client.exchange_info(symbol="{{symbol}}")["symbols"][0]["filters"]}
print(f.get("NOTIONAL"), f["LOT_SIZE"])
