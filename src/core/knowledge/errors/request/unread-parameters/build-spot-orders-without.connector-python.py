import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
client.new_order(symbol="{{symbol}}", side="SELL", type="MARKET", quantity=0.001)
