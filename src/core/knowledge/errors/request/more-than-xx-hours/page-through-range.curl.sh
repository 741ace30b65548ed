# milliseconds, and endTime - startTime inside the limit (7 days here)
START=$(( $(date +%s000) - 6 * 86400000 ))
QS="symbol={{symbol}}&startTime=$START&endTime=$(date +%s000)&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/userTrades?$QS&signature=$SIG"
