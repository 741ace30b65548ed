import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
params = {"symbol": "{{symbol}}", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": None, "timeInForce": "GTC"}
params = {k: v for k, v in params.items() if v not in (None, "")}  # drop empty values
assert "price" in params, "LIMIT needs a price"
