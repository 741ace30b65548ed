# positionAmt > 0 = long (close with SELL), < 0 = short (close with BUY), 0 = nothing to reduce
QS="symbol={{symbol}}&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v3/positionRisk?$QS&signature=$SIG"
