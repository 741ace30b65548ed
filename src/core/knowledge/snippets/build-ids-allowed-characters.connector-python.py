import uuid
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
cid = "bot-" + uuid.uuid4().hex[:24]
um.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=0.01, newClientOrderId=cid)
