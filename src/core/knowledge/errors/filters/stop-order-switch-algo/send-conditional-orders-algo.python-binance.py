import os
from binance.client import Client

client = Client(os.environ["API_KEY"], os.environ["API_SECRET"])
# python-binance >= 1.0.33; conditional types go to POST /fapi/v1/algoOrder
client.futures_create_algo_order(algoType="CONDITIONAL", symbol="{{symbol}}", side="SELL",
                                 type="STOP_MARKET", triggerPrice="58000", closePosition="true",
                                 workingType="MARK_PRICE", clientAlgoId="sl-btc-001")
print(client.futures_get_open_algo_orders(symbol="{{symbol}}"))
