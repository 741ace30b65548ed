import os
from binance.um_futures import UMFutures
from binance.error import ClientError

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])

try:
    um.change_margin_type(symbol="{{symbol}}", marginType="ISOLATED")
except ClientError as e:
    if e.error_code != -4046:
        raise
