import Link from 'next/link';
import { buttonClassName } from '@/ui/components/button-styles';
import { Icon } from '@/ui/components/icon';

export default function NotFound() {
  return (
    <main className="mx-auto flex max-w-xl flex-col items-center px-6 py-24 text-center">
      <span className="flex size-14 items-center justify-center rounded-2xl bg-accent-soft text-accent-soft-fg">
        <Icon name="flag" size={26} />
      </span>
      <p className="mt-6 font-mono text-sm font-semibold text-accent">404</p>
      <h1 className="mt-1 text-2xl font-bold tracking-tight sm:text-3xl">This page isn’t in the catalog</h1>
      <p className="mt-3 text-muted">
        The lab or page you asked for doesn’t exist — it may have been renamed. The catalog lists every lab you can start.
      </p>
      <Link href="/" className={buttonClassName('primary', 'md', 'mt-8')}>
        <Icon name="arrowLeft" size={16} />
        Browse the labs
      </Link>
    </main>
  );
}
