import { render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { retryableLazy } from './retryable-lazy.tsx';

const Greeting = ({ name }: { name: string }) => <p>Hello {name}</p>;

describe('retryableLazy', () => {
  it('fetches again for the render when a preload failed', async () => {
    const load = vi
      .fn<() => Promise<typeof Greeting>>()
      .mockRejectedValueOnce(new Error('network blip'))
      .mockResolvedValue(Greeting);
    const greeting = retryableLazy(load);

    greeting.preload();
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await Promise.resolve();

    render(
      <Suspense fallback={<p>Loading</p>}>
        <greeting.Loaded name="Ada" />
      </Suspense>,
    );

    expect(await screen.findByText('Hello Ada')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('renders code already fetched in the same pass, with no fallback', async () => {
    const greeting = retryableLazy(async () => Greeting);
    await greeting.Loaded.preload();

    render(
      <Suspense fallback={<p>Loading</p>}>
        <greeting.Loaded name="Grace" />
      </Suspense>,
    );

    expect(screen.getByText('Hello Grace')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).toBeNull();
  });
});
