'use client';

import './globals.css';

interface GlobalErrorProps {
  readonly error: Error & { readonly digest?: string };
  readonly reset: () => void;
}

/** Replaces the root layout when the layout itself fails, so it renders its own document. */
export default function GlobalError({ error, reset }: GlobalErrorProps) {
  return (
    <html lang="en">
      <body className="flex min-h-dvh items-center justify-center p-6">
        <main className="max-w-md text-center">
          <h1 className="text-2xl font-bold tracking-tight">Aurora Lab hit an error</h1>
          <p className="mt-3 text-muted">Your sandbox is saved on the server. Reload to pick up where you left off.</p>
          {error.digest ? <p className="mt-2 font-mono text-xs text-subtle">Reference: {error.digest}</p> : null}
          <button
            type="button"
            onClick={reset}
            className="mt-6 inline-flex h-9.5 items-center rounded-lg bg-accent-solid px-4 text-sm font-medium text-on-accent"
          >
            Try again
          </button>
        </main>
      </body>
    </html>
  );
}
