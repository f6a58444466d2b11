import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider, getApi } from './api';
import { App } from './App';
import { adoptWebSession } from './web-session';
import './styles.css';
import './styles.year.css';

// In the browser: take the session key of a fresh sign-in and the token out of the address, before anything runs.
if (!window.coalitie) adoptWebSession();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={getApi()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
