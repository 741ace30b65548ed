CID="bot-$(date +%s)"  # only letters, digits and . : / _ -
QS="symbol={{symbol}}&side=BUY&type=MARKET&quantity=0.01&newClientOrderId=$CID&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
