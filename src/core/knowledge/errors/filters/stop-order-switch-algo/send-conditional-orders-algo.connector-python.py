import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
# this connector has no algo-order method: sign the call yourself
um.sign_request("POST", "/fapi/v1/algoOrder", {
    "algoType": "CONDITIONAL", "symbol": "{{symbol}}", "side": "SELL", "type": "STOP_MARKET",
    "triggerPrice": "58000", "closePosition": "true", "workingType": "MARK_PRICE",
})
