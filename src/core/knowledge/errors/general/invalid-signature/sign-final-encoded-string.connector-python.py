import hashlib, hmac, os, time
from urllib.parse import urlencode
import requests

qs = urlencode({"symbol": "{{symbol}}", "side": "SELL", "type": "MARKET", "quantity": "0.002", "timestamp": int(time.time() * 1000)})
sig = hmac.new(os.environ["API_SECRET"].encode(), qs.encode(), hashlib.sha256).hexdigest()
# send exactly qs, with the signature appended last; do not let the HTTP client rebuild it
r = requests.post("https://fapi.binance.com/fapi/v1/order?" + qs + "&signature=" + sig,
                  headers={"X-MBX-APIKEY": os.environ["API_KEY"]})
print(r.status_code, r.text)
