// First of all: the sign-in, and the first screen's code and data asked for (see startup.ts).
import { firstScreenLoaded } from './startup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider, getApi } from './api';
import { App } from './App';
import './styles.css';
import './styles.year.css';

// The first render waits for the screen's code (it is on its way already), so it draws the screen itself rather
// than a "Laden…" placeholder first. A failed load renders all the same: React.lazy then reports it.
void firstScreenLoaded.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <ApiProvider api={getApi()}>
        <App />
      </ApiProvider>
    </StrictMode>,
  ),
);
