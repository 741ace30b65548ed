import os
import ccxt

ex = ccxt.binance({"apiKey": os.environ["API_KEY"], "secret": os.environ["API_SECRET"]})
# spend 25 USDT (cost) instead of passing 25 as the BTC amount
ex.create_market_buy_order_with_cost("{{ccxtSymbol}}", 25)
