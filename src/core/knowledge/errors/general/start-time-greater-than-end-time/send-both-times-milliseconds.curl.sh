END=$(date +%s000); START=$(( END - 86400000 ))
QS="symbol={{symbol}}&startTime=$START&endTime=$END&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/userTrades?$QS&signature=$SIG"
