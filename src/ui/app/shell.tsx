import type { ReactNode } from 'react';
import { PwaStatus } from './pwa';

/** The frame around every view: skip link, header with the main navigation, the main region and the footer. */
export function Shell({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <div className="masthead">
          <h1>Futures Error Doctor</h1>
          <nav aria-label="Main">
            <a href="#/">Diagnose</a> · <a href="#/catalogue">Error catalogue</a>
          </nav>
        </div>
        <p className="tagline">Paste a Binance API error or a whole bot log to see what each error means, whether to retry and how to fix it — nothing you paste leaves this page.</p>
      </header>
      <main id="main" tabIndex={-1}>
        <PwaStatus />
        {children}
      </main>
      <footer className="site-footer">
        <p>Catalogues: the official Binance error pages for USD-M Futures, COIN-M Futures, Spot and Portfolio Margin.</p>
      </footer>
    </>
  );
}
