import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

# one-way mode: closing orders must say reduceOnly=true to be exempt from -1008
client.futures_create_order(symbol="{{symbol}}", side="SELL", type="MARKET", quantity="0.002", reduceOnly="true")
