import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppProvider } from './ui/app/provider';
import { App } from './ui/app/app';
import './ui/styles.css';

const root = document.getElementById('root');
if (root != null) {
  createRoot(root).render(
    <StrictMode>
      <AppProvider>
        <App />
      </AppProvider>
    </StrictMode>,
  );
}
