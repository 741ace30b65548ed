import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
hedge = um.get_position_mode()["dualSidePosition"]
extra = {"positionSide": "LONG"} if hedge else {}  # the side whose isolated margin you change
um.modify_isolated_position_margin(symbol="{{symbol}}", amount=5, type=1, **extra)  # type 2 removes
