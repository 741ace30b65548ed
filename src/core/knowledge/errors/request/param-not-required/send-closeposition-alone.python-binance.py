import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# conditional orders live on POST /fapi/v1/algoOrder since 2025-12-09
client.futures_create_algo_order(symbol="{{symbol}}", side="SELL", algoType="CONDITIONAL", type="STOP_MARKET",
                                 triggerPrice="58000", closePosition="true")  # no quantity, no reduceOnly
