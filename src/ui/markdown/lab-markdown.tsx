import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import { MarkdownCodeBlock } from './markdown-code-block';

type MarkdownNode = ExtraProps['node'];
type MarkdownChild = NonNullable<MarkdownNode>['children'][number];

function textOf(child: MarkdownChild): string {
  if (child.type === 'text') return child.value;
  if (child.type === 'element') return child.children.map(textOf).join('');
  return '';
}

function codeBlockOf(node: MarkdownNode): { code: string; language?: string } {
  const code = node?.children.find((child) => child.type === 'element' && child.tagName === 'code');
  if (!code || code.type !== 'element') return { code: node ? node.children.map(textOf).join('') : '' };
  const classes = code.properties.className;
  const languageClass = Array.isArray(classes)
    ? classes.map(String).find((name) => name.startsWith('language-'))
    : undefined;
  return { code: code.children.map(textOf).join('').replace(/\n$/, ''), language: languageClass?.slice('language-'.length) };
}

// Step titles are the page's h2, so Markdown headings start one level below.
const COMPONENTS: Components = {
  h1: ({ node: _node, ...props }) => <h3 {...props} />,
  h2: ({ node: _node, ...props }) => <h3 {...props} />,
  h3: ({ node: _node, ...props }) => <h4 {...props} />,
  h4: ({ node: _node, ...props }) => <h5 {...props} />,
  pre: ({ node }) => {
    const { code, language } = codeBlockOf(node);
    return <MarkdownCodeBlock code={code} language={language} />;
  },
  a: ({ node: _node, href, children, ...props }) => {
    const external = typeof href === 'string' && /^https?:\/\//.test(href);
    return (
      <a href={href} {...props} {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}>
        {children}
        {external ? <span className="sr-only"> (opens in a new tab)</span> : null}
      </a>
    );
  },
  // Only same-origin images: anything else would be an outbound request from the learner's browser.
  img: ({ node: _node, src, alt }) =>
    typeof src === 'string' && src.startsWith('/') ? (
      // eslint-disable-next-line @next/next/no-img-element
      <img src={src} alt={alt ?? ''} className="max-w-full rounded-lg border border-line" />
    ) : (
      <span className="text-subtle">[{alt || 'image'}]</span>
    ),
  table: ({ node: _node, ...props }) => (
    <div className="overflow-x-auto">
      <table {...props} />
    </div>
  ),
};

interface LabMarkdownProps {
  readonly markdown: string;
  readonly className?: string;
}

/** Renders lab Markdown on the server. Raw HTML is dropped and unsafe URLs are removed. */
export function LabMarkdown({ markdown, className = 'lab-prose' }: LabMarkdownProps) {
  return (
    <div className={className}>
      <Markdown remarkPlugins={[remarkGfm]} skipHtml components={COMPONENTS}>
        {markdown}
      </Markdown>
    </div>
  );
}
