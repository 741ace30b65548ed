import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
orders = [{"symbol": "{{symbol}}", "side": "BUY", "type": "LIMIT", "quantity": "0.01", "price": "60000", "timeInForce": "GTC"}]
client.futures_place_batch_order(batchOrders=orders)  # the client JSON-encodes the list
