import type * as Monaco from 'monaco-editor/editor/editor.api';

export const AWS_CLI_LANGUAGE_ID = 'aws-cli';

/** Highlighting for `aws <service> <operation> --options ...` lines, with shell comments, strings and variables. */
export function registerAwsCliLanguage(monaco: typeof Monaco): void {
  if (monaco.languages.getLanguages().some((language) => language.id === AWS_CLI_LANGUAGE_ID)) return;
  monaco.languages.register({ id: AWS_CLI_LANGUAGE_ID, aliases: ['AWS CLI'] });
  monaco.languages.setLanguageConfiguration(AWS_CLI_LANGUAGE_ID, {
    comments: { lineComment: '#' },
    brackets: [
      ['{', '}'],
      ['[', ']'],
      ['(', ')'],
    ],
    autoClosingPairs: [
      { open: '{', close: '}' },
      { open: '[', close: ']' },
      { open: '(', close: ')' },
      { open: '"', close: '"', notIn: ['string'] },
      { open: "'", close: "'", notIn: ['string'] },
    ],
    // Words start with a letter or digit: a leading `-` is then not part of a word, so typing it
    // opens option suggestions as a trigger character (Monaco ignores trigger characters that
    // extend a word, leaving those to quick suggestions, which are off).
    wordPattern: /[\w][\w-]*/,
  });
  monaco.languages.setMonarchTokensProvider(AWS_CLI_LANGUAGE_ID, {
    defaultToken: '',
    tokenPostfix: '.aws-cli',
    tokenizer: {
      root: [
        [/#.*$/, 'comment'],
        [/\baws\b/, { token: 'keyword', next: '@service' }],
        { include: '@argument' },
      ],
      service: [
        [/[ \t]+/, 'white'],
        [/\\$/, 'delimiter'],
        [/[a-z][\w-]*/, { token: 'type.identifier', switchTo: '@operation' }],
        [/(?=\S)/, { token: '', next: '@pop' }],
      ],
      operation: [
        [/[ \t]+/, 'white'],
        [/\\$/, 'delimiter'],
        [/[a-z][\w-]*/, { token: 'function', next: '@pop' }],
        [/(?=\S)/, { token: '', next: '@pop' }],
      ],
      argument: [
        [/--?[a-zA-Z][\w-]*/, 'attribute.name'],
        [/"/, { token: 'string.quote', next: '@doubleQuoted' }],
        [/'/, { token: 'string.quote', next: '@singleQuoted' }],
        [/\$\{?\w+\}?/, 'variable'],
        [/\\$/, 'delimiter'],
        [/[|;&<>]+/, 'delimiter'],
        [/-?\d+(\.\d+)?(?=\s|$)/, 'number'],
        [/[^\s"'$|;&<>]+/, ''],
        [/\s+/, 'white'],
      ],
      doubleQuoted: [
        [/[^"\\$]+/, 'string'],
        [/\\./, 'string.escape'],
        [/\$\{?\w+\}?/, 'variable'],
        [/"/, { token: 'string.quote', next: '@pop' }],
        [/./, 'string'],
      ],
      singleQuoted: [
        [/[^']+/, 'string'],
        [/'/, { token: 'string.quote', next: '@pop' }],
      ],
    },
  });
}
