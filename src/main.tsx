import './api/disable-zod-eval.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, createClients } from './app/app.tsx';
import { takeOverServerPaint } from './app/server-paint.ts';

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
const clients = createClients();
const render = () =>
  createRoot(container).render(
    <StrictMode>
      <App clients={clients} />
    </StrictMode>,
  );
// Not a top-level await: that splits the entry into many more, less compressible chunks. Data
// the server sent that cannot be read is loaded again, as for a page it did not render.
takeOverServerPaint(clients).then(render, render);
