import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# Spot orders take no reduceOnly, positionSide or closePosition
client.create_order(symbol="{{symbol}}", side="SELL", type="MARKET", quantity="0.001")
