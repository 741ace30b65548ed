# every parameter once, signature last, and the same string you signed is the one you send
QS="symbol={{symbol}}&side=BUY&type=MARKET&quantity=0.01&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
