import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

try:
    client.futures_cancel_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
except BinanceAPIException as e:
    if e.code != -2011:
        raise
    o = client.futures_get_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
    print("already", o["status"], "filled", o["executedQty"])  # FILLED / CANCELED / EXPIRED: nothing to cancel
