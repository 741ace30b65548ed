import os
import sys
from binance.client import Client
from binance.exceptions import BinanceAPIException

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"], ping=False)  # the default start-up ping would already fail
try:
    client.futures_ping()
except BinanceAPIException as e:
    if e.status_code in (403, 451):
        sys.exit(f"Blocked by location ({e.status_code}): move the bot to an allowed region; retrying will not help")
    raise
