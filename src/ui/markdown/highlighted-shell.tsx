import { tokenizeShell } from '../format/shell-tokens';

export function HighlightedShell({ code }: { readonly code: string }) {
  return (
    <>
      {tokenizeShell(code).map((token, index) =>
        token.kind === 'text' ? token.text : (
          <span key={index} className={`tok-${token.kind}`}>
            {token.text}
          </span>
        ),
      )}
    </>
  );
}
