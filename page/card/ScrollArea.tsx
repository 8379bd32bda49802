// The card's scrolling body with a visible sign that more is below: a long card (五条原则 with its
// five principles and sources) otherwise hides most of itself with nothing to say it scrolls.
// The area is focusable (Tab, then arrows / PageDown) and the interaction scrolls it with
// Alt+Shift+PageDown / PageUp while focus stays in the page.
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export function ScrollArea({ label, more, children }: { label: string; more: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(0);
  const measure = () => {
    const el = ref.current;
    if (el) setHidden(Math.max(0, el.scrollHeight - el.clientHeight - el.scrollTop));
  };
  useLayoutEffect(() => {
    measure();
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    // The host sets the card's max-height after placing it: measure again when it changes.
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  });
  return (
    <>
      <div ref={ref} class="scroll" tabIndex={0} role="region" aria-label={label} onScroll={measure}>
        {children}
      </div>
      {hidden > 4 && (
        <div class="more" aria-hidden="true">
          ↓ {more}
        </div>
      )}
    </>
  );
}
