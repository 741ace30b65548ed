import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
info = um.leverage_brackets(symbol="{{symbol}}")
brackets = info[0]["brackets"] if isinstance(info, list) else info["brackets"]
max_lev = max(b["initialLeverage"] for b in brackets)
um.change_leverage(symbol="{{symbol}}", leverage=min(25, max_lev))
