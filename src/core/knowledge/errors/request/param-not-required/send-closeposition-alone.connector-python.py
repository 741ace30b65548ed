import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
# the connector has no Algo Order wrapper: sign the request yourself
um.sign_request("POST", "/fapi/v1/algoOrder", {"symbol": "{{symbol}}", "side": "SELL", "algoType": "CONDITIONAL",
                "type": "STOP_MARKET", "triggerPrice": "58000", "closePosition": "true"})
