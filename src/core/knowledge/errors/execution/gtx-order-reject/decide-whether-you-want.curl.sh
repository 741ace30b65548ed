# best bid/ask right now; a post-only BUY must be below the ask, a SELL above the bid
curl -s "https://fapi.binance.com/fapi/v1/ticker/bookTicker?symbol={{symbol}}"
QS="symbol={{symbol}}&side=BUY&type=LIMIT&timeInForce=GTX&quantity=0.002&price=64300.0&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
