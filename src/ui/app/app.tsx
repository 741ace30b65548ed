import { CatalogueBrowser } from '../features/catalogue/catalogue-browser';

/** The page: header, the catalogue browser, footer. */
export function App() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="site-header">
        <h1>Futures Error Doctor</h1>
        <p className="tagline">Binance API errors, decoded — offline, nothing you paste leaves this page.</p>
      </header>
      <main id="main" tabIndex={-1}>
        <CatalogueBrowser />
      </main>
      <footer className="site-footer">
        <p>Catalogues: the official Binance error pages for USDⓈ-M Futures, COIN-M Futures, Spot and Portfolio Margin.</p>
      </footer>
    </>
  );
}
