import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
last = float(client.ticker_price(symbol="{{symbol}}")["price"])
stop = round(last * 0.98, 2)
client.new_order(symbol="{{symbol}}", side="SELL", type="STOP_LOSS_LIMIT", quantity=0.001, stopPrice=stop, price=round(stop * 0.999, 2), timeInForce="GTC")
