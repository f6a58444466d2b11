import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider, getApi } from './api';
import { App } from './App';
import './styles.css';
import './styles.year.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={getApi()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
