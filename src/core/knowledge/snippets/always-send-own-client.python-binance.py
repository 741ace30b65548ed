import uuid
import os
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])

cid = "bot-" + uuid.uuid4().hex[:20]  # keep this id for the lookup
try:
    client.futures_create_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity="0.002", newClientOrderId=cid)
except BinanceAPIException as e:
    if e.code in (-1000, -1006, -1007) or e.status_code >= 500:
        print(client.futures_get_order(symbol="{{symbol}}", origClientOrderId=cid))  # look, do not resend
    else:
        raise
