import asyncio
import ccxt.pro as ccxtpro

async def main():
    ex = ccxtpro.binanceusdm()
    while True:
        ticker = await ex.watch_ticker("{{ccxtSymbol}}")  # pushed, costs no request weight
        print(ticker["last"])

asyncio.run(main())
