import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
WANT_HEDGE = False
if client.futures_get_position_mode()["dualSidePosition"] != WANT_HEDGE:
    # needs no open orders and no positions, on USD-M and COIN-M alike
    client.futures_change_position_mode(dualSidePosition="true" if WANT_HEDGE else "false")
