curl -s "https://api.binance.com/api/v3/ticker/price?symbol={{symbol}}"
# SELL stop-loss below that price, BUY stop-loss above; take-profit the other way round
QS="symbol={{symbol}}&side=SELL&type=STOP_LOSS_LIMIT&quantity=0.001&stopPrice=58000&price=57950&timeInForce=GTC&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://api.binance.com/api/v3/order?$QS&signature=$SIG"
