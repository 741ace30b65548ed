QS="symbol={{symbol}}&side=BUY&type=MARKET&quoteOrderQty=25&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/api/v3/order?$QS&signature=$SIG"
