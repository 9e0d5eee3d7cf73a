'use client';

import Link from 'next/link';
import { useEffect } from 'react';
import { Button } from '@/ui/components/button';
import { buttonClassName } from '@/ui/components/button-styles';
import { Icon } from '@/ui/components/icon';

interface ErrorPageProps {
  readonly error: Error & { readonly digest?: string };
  readonly reset: () => void;
}

export default function ErrorPage({ error, reset }: ErrorPageProps) {
  useEffect(() => {
    console.error(error);
  }, [error]);

  return (
    <main className="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center">
      <span className="flex size-14 items-center justify-center rounded-2xl bg-danger-soft text-danger">
        <Icon name="alertTriangle" size={26} />
      </span>
      <h1 className="mt-6 text-2xl font-bold tracking-tight sm:text-3xl">Something went wrong</h1>
      <p className="mt-3 text-muted">
        The page hit an unexpected error. Your sandbox and everything you ran in it are saved on the server — trying
        again usually picks up where you left off.
      </p>
      {error.digest ? (
        <p className="mt-3 font-mono text-xs text-subtle">
          Reference: <span className="select-all">{error.digest}</span>
        </p>
      ) : null}
      <div className="mt-8 flex flex-wrap justify-center gap-2">
        <Button variant="primary" icon="reset" onClick={reset}>
          Try again
        </Button>
        <Link href="/" className={buttonClassName('secondary')}>
          <Icon name="arrowLeft" size={16} />
          All labs
        </Link>
      </div>
    </main>
  );
}
