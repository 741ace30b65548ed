import hashlib, hmac, os, time
from urllib.parse import quote, urlencode

params = {"symbol": "币安人生USDT", "side": "BUY", "type": "MARKET", "quantity": "10", "timestamp": int(time.time() * 1000)}
qs = urlencode(params, quote_via=quote)  # UTF-8 percent-encoding, then sign that exact text
sig = hmac.new(os.environ["API_SECRET"].encode(), qs.encode(), hashlib.sha256).hexdigest()
print(qs + "&signature=" + sig)
