import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
info = client.exchange_info(symbol="{{symbol}}")["symbols"][0]
print(info["status"], [f for f in info["filters"] if f["filterType"] == "ICEBERG_PARTS"])
