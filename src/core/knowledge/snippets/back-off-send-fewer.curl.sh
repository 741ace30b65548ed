for P in 60000 59900 59800; do
QS="symbol={{symbol}}&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=$P&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
  sleep 0.2
done
