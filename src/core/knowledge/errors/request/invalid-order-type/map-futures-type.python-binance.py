import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# futures types: LIMIT, MARKET; conditional STOP, STOP_MARKET, TAKE_PROFIT, TAKE_PROFIT_MARKET, TRAILING_STOP_MARKET
# post-only is LIMIT with timeInForce="GTX" (there is no LIMIT_MAKER on futures)
client.futures_create_order(symbol="{{symbol}}", side="BUY", type="LIMIT", quantity="0.01", price="60000", timeInForce="GTX")
