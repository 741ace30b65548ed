import hashlib, hmac, os, time
from urllib.parse import urlencode
import requests

body = urlencode({"symbol": "{{symbol}}", "side": "BUY", "type": "MARKET", "quantity": "0.002", "timestamp": int(time.time() * 1000)})
sig = hmac.new(os.environ["API_SECRET"].encode(), body.encode(), hashlib.sha256).hexdigest()
r = requests.post("https://fapi.binance.com/fapi/v1/order", data=body + "&signature=" + sig,
                  headers={"X-MBX-APIKEY": os.environ["API_KEY"], "Content-Type": "application/x-www-form-urlencoded"})
print(r.status_code, r.text)
