import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

# sign_request() adds a new timestamp on every call: call it again rather than replaying a URL
um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", timeInForce="GTC",
             quantity=0.002, price=60000, newClientOrderId="bot-0002")
