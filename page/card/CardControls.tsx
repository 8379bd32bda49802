// The card's own buttons: copy the entry with its citation, save it to My terms, pin the card,
// and, on a pinned card, step to the previous / next term of the page. Each has a visible
// state (pressed / copied) and a keyboard shortcut the interaction handles (strings.keysHint).
import type { Strings } from './strings';

export interface CardControlState {
  pinned: boolean;
  saved: boolean;
  copied: boolean;
  onPin(): void;
  onStep(direction: 1 | -1): void;
  onCopy(): void;
  onSave(): void;
}

export function CardControls({ controls, strings }: { controls: CardControlState; strings: Strings }) {
  const { pinned, saved, copied } = controls;
  // mousedown is cancelled so a click never moves focus out of the page the reader is in.
  const keep = (e: MouseEvent) => e.preventDefault();
  return (
    <div class="controls" role="toolbar" aria-label={strings.keysHint}>
      <button type="button" class="ctl copy" title={copied ? strings.copied : strings.copy} aria-label={copied ? strings.copied : strings.copy}
        onMouseDown={keep} onClick={controls.onCopy}>
        {copied ? '✓' : <CopyIcon />}
      </button>
      <button type="button" class="ctl save" aria-pressed={saved} title={saved ? strings.saved : strings.save} aria-label={strings.save}
        onMouseDown={keep} onClick={controls.onSave}>
        {saved ? '★' : '☆'}
      </button>
      <button type="button" class="ctl pin" aria-pressed={pinned} title={pinned ? strings.unpin : strings.pin} aria-label={strings.pin}
        onMouseDown={keep} onClick={controls.onPin}>
        <PinIcon />
      </button>
      {pinned && (
        <>
          <button type="button" class="ctl prev" title={strings.prev} aria-label={strings.prev} onMouseDown={keep} onClick={() => controls.onStep(-1)}>
            ‹
          </button>
          <button type="button" class="ctl next" title={strings.next} aria-label={strings.next} onMouseDown={keep} onClick={() => controls.onStep(1)}>
            ›
          </button>
        </>
      )}
    </div>
  );
}

// Inline SVG, not emoji or symbol characters: many systems lack a glyph for ⧉ or 📌.
function CopyIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5">
      <rect x="5" y="5" width="8.5" height="8.5" rx="1.5" />
      <path d="M3 10.5V3.5A1 1 0 0 1 4 2.5h6.5" />
    </svg>
  );
}

function PinIcon() {
  return (
    <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor">
      <path d="M10.2 1.5l4.3 4.3-1.1 1.1-.9-.3-2.3 2.3.3 2.9-1.1 1.1-2.6-2.6-3.6 3.6-.9-.1-.1-.9 3.6-3.6L3.2 7.1l1.1-1.1 2.9.3 2.3-2.3-.3-.9z" />
    </svg>
  );
}
