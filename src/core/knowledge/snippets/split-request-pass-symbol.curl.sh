# open orders of one symbol cost 1; the same call without symbol costs 40
QS="symbol={{symbol}}&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/openOrders?$QS&signature=$SIG"
