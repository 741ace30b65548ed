import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

# python-binance puts POST parameters in the body and signs that body for you
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity="0.002")
