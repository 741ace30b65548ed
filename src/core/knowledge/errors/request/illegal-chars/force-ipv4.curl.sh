# -4: connect over IPv4 only; compare the address Binance sees with your key's IP list
curl -4 -s https://api.ipify.org; echo
curl -6 -s https://api64.ipify.org; echo
