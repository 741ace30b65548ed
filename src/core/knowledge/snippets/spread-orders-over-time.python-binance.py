import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

limits = [l for l in client.futures_exchange_info()["rateLimits"] if l["rateLimitType"] == "ORDERS"]
print(limits)  # e.g. per 10 SECOND and per 1 MINUTE
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC", quantity="0.002", price="60000")
print(client.response.headers.get("x-mbx-order-count-10s"), client.response.headers.get("x-mbx-order-count-1m"))
