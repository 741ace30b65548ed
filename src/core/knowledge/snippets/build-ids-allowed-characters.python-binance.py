import re
import uuid
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
cid = "bot-" + uuid.uuid4().hex[:24]  # letters, digits, . : / _ - only; 36 chars at most
assert re.fullmatch(r"[.A-Z:/a-z0-9_-]{1,36}", cid)
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity="0.01", newClientOrderId=cid)
