BATCH=$(jq -rn '[{symbol:"{{symbol}}",side:"BUY",type:"LIMIT",quantity:"0.01",price:"60000",timeInForce:"GTC"}] | tojson | @uri')
QS="batchOrders=$BATCH&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/batchOrders?$QS&signature=$SIG"
