# build the timestamp and signature right before each send (a retry gets a new pair)
QS="symbol={{symbol}}&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=60000&newClientOrderId=bot-0002&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
