import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# no timestamp= or signature= of your own: the client adds both exactly once
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity="0.01")
