import os
from binance.spot import Spot

client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"])
print(client.get_open_orders(symbol="{{symbol}}"))  # after a 409: which order is live now
