# enableFutures / enableSpotAndMarginTrading / ipRestrict tell you what this key may do
QS="timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/sapi/v1/account/apiRestrictions?$QS&signature=$SIG"
