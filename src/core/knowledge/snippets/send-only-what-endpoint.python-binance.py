import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# LIMIT: quantity + price + timeInForce
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", quantity="0.01", price="60000", timeInForce="GTC")
# MARKET: quantity only (no price, no timeInForce)
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity="0.01")
