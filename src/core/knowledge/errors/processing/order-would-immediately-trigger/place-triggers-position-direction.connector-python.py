import os
from binance.um_futures import UMFutures

um = UMFutures(key=os.environ["API_KEY"], secret=os.environ["API_SECRET"])
mark = float(um.mark_price(symbol="{{symbol}}")["markPrice"])
um.sign_request("POST", "/fapi/v1/algoOrder", {"symbol": "{{symbol}}", "side": "SELL", "algoType": "CONDITIONAL", "type": "STOP_MARKET",
                "triggerPrice": str(round(mark * 0.98, 1)), "workingType": "MARK_PRICE", "closePosition": "true"})
