import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
WANT_HEDGE = False
if um.get_position_mode()["dualSidePosition"] != WANT_HEDGE:
    um.change_position_mode(dualSidePosition="true" if WANT_HEDGE else "false")
