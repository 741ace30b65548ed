echo -n "$API_KEY" | wc -c   # 64 expected; more means a stray newline or space
QS="timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v3/balance?$QS&signature=$SIG"
