curl -s "https://api.binance.com/api/v3/ticker/bookTicker?symbol={{symbol}}"
# BUY LIMIT_MAKER at or below bidPrice, SELL at or above askPrice
QS="symbol={{symbol}}&side=BUY&type=LIMIT_MAKER&quantity=0.001&price=60000&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/api/v3/order?$QS&signature=$SIG"
