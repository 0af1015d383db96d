// The colour scheme before the first paint, as the app's theme provider sets it once it runs, so
// a page the server sent already rendered never flashes light for someone who chose dark.
(() => {
  let chosen = null;
  try {
    chosen = localStorage.getItem('opencx-console:color-scheme');
  } catch {
    // Storage refused (a privacy setting): follow the system, as the app does.
  }
  const dark =
    chosen === 'dark' || (chosen !== 'light' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.setAttribute('data-mantine-color-scheme', dark ? 'dark' : 'light');
})();
