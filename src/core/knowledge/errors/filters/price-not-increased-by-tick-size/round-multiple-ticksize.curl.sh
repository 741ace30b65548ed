# 1) read tickSize (here 0.10); 2) send a price that is an exact multiple of it
curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="{{symbol}}") | .filters[] | select(.filterType=="PRICE_FILTER")'
QS="symbol={{symbol}}&side=BUY&type=LIMIT&timeInForce=GTC&quantity=0.002&price=64321.30&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/order?$QS&signature=$SIG"
