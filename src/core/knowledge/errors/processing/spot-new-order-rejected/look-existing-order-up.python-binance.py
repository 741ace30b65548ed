import uuid
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
cid = "bot-" + uuid.uuid4().hex[:24]  # a new id per new order; reuse it only to look the order up
client.create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", quantity="0.001", price="60000", timeInForce="GTC", newClientOrderId=cid)
print(client.get_order(symbol="{{symbol}}", origClientOrderId=cid)["status"])
