from decimal import Decimal
import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
avail = Decimal(next(b for b in client.futures_account_balance() if b["asset"] == "USDT")["availableBalance"])
lev = Decimal(client.futures_symbol_config(symbol="{{symbol}}")[0]["leverage"])
price = Decimal(client.futures_mark_price(symbol="{{symbol}}")["markPrice"])
qty = avail * lev * Decimal("0.95") / price  # keep ~5% for fees and price moves
print("available", avail, "leverage", lev, "max qty ~", qty)
