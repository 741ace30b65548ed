curl -s "https://fapi.binance.com/fapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="1000SHIBUSDT") | .status'
curl -s "https://dapi.binance.com/dapi/v1/exchangeInfo" | jq '.symbols[] | select(.symbol=="BTCUSD_PERP") | .contractStatus'
curl -s "https://api.binance.com/api/v3/exchangeInfo?symbol=BTCUSDT" | jq '.symbols[0].status'
