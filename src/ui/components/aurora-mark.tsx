import { useId } from 'react';

/** The logo: three aurora ribbons over a horizon. Decorative; the wordmark beside it names the link. */
export function AuroraMark({ size = 26 }: { readonly size?: number }) {
  const gradientId = useId();
  return (
    <svg aria-hidden="true" width={size} height={size} viewBox="0 0 32 32" fill="none">
      <defs>
        <linearGradient id={gradientId} x1="4" y1="4" x2="28" y2="28" gradientUnits="userSpaceOnUse">
          <stop stopColor="#2dd4bf" />
          <stop offset="0.55" stopColor="#6366f1" />
          <stop offset="1" stopColor="#c026d3" />
        </linearGradient>
      </defs>
      <rect width="32" height="32" rx="8" fill={`url(#${gradientId})`} />
      <path d="M6 21c4-7 8-10 10-10s5 4 10 10" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" opacity="0.95" />
      <path d="M9 16c3-4.5 5.5-6.5 7-6.5" stroke="#fff" strokeWidth="1.8" strokeLinecap="round" opacity="0.6" />
      <path d="M6 25h20" stroke="#fff" strokeWidth="2.2" strokeLinecap="round" opacity="0.95" />
    </svg>
  );
}
