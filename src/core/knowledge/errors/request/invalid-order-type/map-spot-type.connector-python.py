import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
client.new_order(symbol="{{symbol}}", side="SELL", type="STOP_LOSS_LIMIT", quantity=0.001, price=57900, stopPrice=58000, timeInForce="GTC")
