import uuid
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
from binance.error import ClientError, ServerError

cid = "bot-" + uuid.uuid4().hex[:20]
try:
    um.new_order(symbol="{{symbol}}", side="BUY", type="MARKET", quantity=0.002, newClientOrderId=cid)
except (ClientError, ServerError) as e:
    if isinstance(e, ClientError) and e.error_code not in (-1000, -1006, -1007):
        raise
    print(um.query_order(symbol="{{symbol}}", origClientOrderId=cid))  # look, do not resend
