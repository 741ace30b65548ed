import os
from binance.spot import Spot

# a Binance.US key only works against api.binance.us
client = Spot(api_key=os.environ["API_KEY"], api_secret=os.environ["API_SECRET"], base_url="https://api.binance.us")
print(client.account()["canTrade"])
