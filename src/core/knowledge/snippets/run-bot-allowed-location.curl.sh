# which public IP does the bot leave from, and what does Binance answer it?
curl -s https://api.ipify.org; echo
curl -s -o /dev/null -w '%{http_code}\n' "https://fapi.binance.com/fapi/v1/ping"
