# "free" is what a new order can use; "locked" is held by open orders
QS="omitZeroBalances=true&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/api/v3/account?$QS&signature=$SIG"
