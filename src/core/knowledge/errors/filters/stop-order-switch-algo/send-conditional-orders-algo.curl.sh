QS="algoType=CONDITIONAL&symbol={{symbol}}&side=SELL&type=STOP_MARKET&triggerPrice=58000&closePosition=true&workingType=MARK_PRICE&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/algoOrder?$QS&signature=$SIG"
# list them with GET /fapi/v1/openAlgoOrders, cancel with DELETE /fapi/v1/algoOrder
