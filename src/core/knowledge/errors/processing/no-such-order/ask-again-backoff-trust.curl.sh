# -2013 right after placing can mean "not visible yet": ask again a few times
for i in 1 2 3; do
  QS="symbol={{symbol}}&origClientOrderId=bot-0001&timestamp=$(date +%s000)"
  SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
  curl -s -X GET -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
  sleep 2
done
