// The production server with the app's pages rendered on it: the one module that knows both, so
// the server itself still knows no browser code.
export {};

// React (and other libraries) choose their production builds by this when first imported.
process.env.NODE_ENV ??= 'production';
const { RENDERED_ROUTES, renderPage } = await import('./app/render-page.tsx');
const { startProductionServer } = await import('./server/production/main.ts');

await startProductionServer({ render: renderPage, routes: RENDERED_ROUTES });
