import type { ReactNode } from 'react';
import { localStorageColorSchemeManager, MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { cssVariablesResolver, theme } from './theme.ts';

interface ProvidersProps {
  queryClient: QueryClient;
  children: ReactNode;
  /** `test` turns off portals and transitions so tests see every element at once. */
  env?: 'default' | 'test';
}

const colorSchemeManager = localStorageColorSchemeManager({ key: 'opencx-console:color-scheme' });

export function Providers({ queryClient, children, env = 'default' }: ProvidersProps) {
  return (
    <MantineProvider
      theme={theme}
      cssVariablesResolver={cssVariablesResolver}
      // Every theme variable is written by the provider at run time, so Mantine's static copy of
      // the defaults (default-css-variables.css, 4 KB gzip) is not loaded.
      deduplicateCssVariables={false}
      // Follows the system until someone picks Light or Dark in the header.
      defaultColorScheme="auto"
      colorSchemeManager={colorSchemeManager}
      env={env}
    >
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
