// A button that opens a file chooser: a <label> styled as a button for a hidden file input, so
// the browser's own chooser opens, and Enter or Space on the focused label opens it too.
export function FilePick(props: { id: string; accept: string; label: string; primary?: boolean; onFile: (input: HTMLInputElement) => void }) {
  return (
    <>
      <label class={props.primary ? 'button button-primary' : 'button'} for={props.id} tabIndex={0}
        onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), document.getElementById(props.id)?.click())}>
        {props.label}
      </label>
      <input id={props.id} class="visually-hidden" type="file" accept={props.accept} tabIndex={-1}
        onChange={(e) => props.onFile(e.currentTarget)} />
    </>
  );
}
