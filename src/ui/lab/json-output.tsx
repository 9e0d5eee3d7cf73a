import { tokenizeJson } from '../format/json-tokens';

export function JsonOutput({ json }: { readonly json: string }) {
  return (
    <>
      {tokenizeJson(json).map((token, index) =>
        token.kind === 'text' ? (
          token.text
        ) : (
          <span key={index} className={`tok-${token.kind}`}>
            {token.text}
          </span>
        ),
      )}
    </>
  );
}
