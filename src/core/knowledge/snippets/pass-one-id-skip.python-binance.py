import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
client.futures_get_order(symbol="{{symbol}}", orderId=123456789)
client.futures_cancel_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
