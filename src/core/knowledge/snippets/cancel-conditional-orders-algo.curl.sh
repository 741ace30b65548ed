QS="symbol={{symbol}}&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/openAlgoOrders?$QS&signature=$SIG"
QS="algoId=123456&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X DELETE -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/algoOrder?$QS&signature=$SIG"
