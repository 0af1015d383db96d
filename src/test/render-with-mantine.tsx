import { MantineProvider } from '@mantine/core';
import { render } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { theme } from '../app/theme.ts';

function WithMantine({ children }: { children: ReactNode }) {
  return (
    <MantineProvider theme={theme} env="test">
      {children}
    </MantineProvider>
  );
}

/** One component under the app's Mantine theme (kept on rerender), for tests of one control. */
export function renderWithMantine(ui: ReactElement) {
  return render(ui, { wrapper: WithMantine });
}
