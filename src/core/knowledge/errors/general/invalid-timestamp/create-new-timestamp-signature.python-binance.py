import time
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

# let the library stamp each call; never pass a saved "timestamp" or "signature" yourself
for attempt in range(3):
    order = client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC",
                                        quantity="0.002", price="60000", newClientOrderId="bot-0002")
    break
