from decimal import Decimal
import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
qty = format(Decimal(str(0.00001)).normalize(), "f")
um.new_order(symbol="{{symbol}}", side="BUY", type="LIMIT", quantity=qty, price="60000", timeInForce="GTC")
