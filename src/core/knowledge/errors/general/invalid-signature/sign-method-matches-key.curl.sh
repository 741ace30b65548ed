# Ed25519 keys sign with the private key and send the base64 signature, URL-encoded
QS="timestamp=$(date +%s000)"
SIG=$(printf '%s' "$QS" | openssl pkeyutl -sign -inkey ed25519-private.pem -rawin | base64 -w0 | jq -sRr @uri)
curl -s -H "X-MBX-APIKEY: $API_KEY" "https://fapi.binance.com/fapi/v2/balance?$QS&signature=$SIG"
