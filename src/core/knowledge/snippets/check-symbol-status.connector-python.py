import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
s = client.exchange_info(symbol="{{symbol}}")["symbols"][0]
print(s["status"], s["orderTypes"], s["ocoAllowed"], s["quoteOrderQtyMarketAllowed"])
