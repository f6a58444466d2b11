// The "afgeleid" tag where a fact is the extraction's inference rather than the plan's own statement, with the
// reason at hand: read out with the tag (its description) and shown beside it on hover or keyboard focus;
// Escape hides it again without moving focus.
import { useId, useState } from 'react';

export function CaveatTag({ reason, label = 'afgeleid' }: { reason: string; label?: string }) {
  const id = useId();
  const [dismissed, setDismissed] = useState(false);
  return (
    <span className={`caveat${dismissed ? ' caveat-dismissed' : ''}`} onMouseLeave={() => setDismissed(false)}>
      <span
        className="tag tag-caveat"
        tabIndex={0}
        aria-describedby={id}
        onBlur={() => setDismissed(false)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && !dismissed) {
            e.stopPropagation();
            setDismissed(true);
          }
        }}
      >
        {label}
      </span>
      <span role="tooltip" id={id} className="caveat-tip">
        {' '}
        {reason}
      </span>
    </span>
  );
}
