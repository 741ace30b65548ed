import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
o = client.get_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
if o["status"] in ("NEW", "PARTIALLY_FILLED"):
    client.cancel_order(symbol="{{symbol}}", origClientOrderId="bot-0001")
else:
    print("nothing to cancel:", o["status"])
