// Search snippets: matched parts in <mark>, everything as text (never HTML from the store).
import type { HighlightedText } from '../../shared/domain';

export function Highlighted({ parts }: { parts: HighlightedText }) {
  return (
    <>
      {parts.map((p, i) => (p.match ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </>
  );
}
