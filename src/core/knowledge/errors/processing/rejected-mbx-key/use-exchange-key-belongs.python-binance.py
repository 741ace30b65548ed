import os
from binance.client import Client

# a Binance.US key only works against api.binance.us; a Binance.com key only against api.binance.com
client = Client(os.environ["API_KEY"], os.environ["API_SECRET"], tld="us")
print(client.get_account()["canTrade"])
