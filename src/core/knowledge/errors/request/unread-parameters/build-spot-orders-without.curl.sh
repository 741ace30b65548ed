QS="symbol={{symbol}}&side=SELL&type=MARKET&quantity=0.001&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/api/v3/order?$QS&signature=$SIG"
