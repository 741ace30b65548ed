import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# Spot types: LIMIT, MARKET, STOP_LOSS, STOP_LOSS_LIMIT, TAKE_PROFIT, TAKE_PROFIT_LIMIT, LIMIT_MAKER
client.create_order(symbol="{{symbol}}", side="SELL", type="STOP_LOSS_LIMIT", quantity="0.001",
                    price="57900", stopPrice="58000", timeInForce="GTC")
