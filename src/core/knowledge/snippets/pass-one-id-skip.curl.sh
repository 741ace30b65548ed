QS="symbol={{symbol}}&orderId=123456789&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
