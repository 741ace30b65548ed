curl -s "https://fapi.binance.com/fapi/v1/premiumIndex?symbol={{symbol}}" | jq -r .markPrice
# long: SELL stop below that price, SELL take-profit above; short: the mirror image
QS="symbol={{symbol}}&side=SELL&algoType=CONDITIONAL&type=STOP_MARKET&triggerPrice=58000&workingType=MARK_PRICE&closePosition=true&timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl dgst -sha256 -hmac "$API_SECRET" | sed 's/^.* //')
curl -s -X POST -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v1/algoOrder?$QS&signature=$SIG"
