// Save text as a file from an extension page (popup, options): a Blob URL and a download link,
// no "downloads" permission needed.
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: the browser reads the Blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** today as YYYY-MM-DD, for file names. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
