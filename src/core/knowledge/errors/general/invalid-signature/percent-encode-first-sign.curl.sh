# percent-encode first, then sign the encoded string
SYM=$(printf '%s' "币安人生USDT" | jq -sRr @uri)
QS="symbol=$SYM&side=BUY&type=MARKET&quantity=10&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
