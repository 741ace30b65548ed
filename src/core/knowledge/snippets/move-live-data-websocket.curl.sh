# a stream instead of a polling loop (websocat is a small websocket client)
websocat "wss://fstream.binance.com/ws/btcusdt@markPrice@1s"
