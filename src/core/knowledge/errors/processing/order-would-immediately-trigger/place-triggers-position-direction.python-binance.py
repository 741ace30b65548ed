import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
mark = float(client.futures_mark_price(symbol="{{symbol}}")["markPrice"])
trigger = round(mark * 0.98, 1)  # a SELL stop for a long sits BELOW the price
client.futures_create_algo_order(symbol="{{symbol}}", side="SELL", algoType="CONDITIONAL", type="STOP_MARKET",
                                 triggerPrice=str(trigger), workingType="MARK_PRICE", closePosition="true")
