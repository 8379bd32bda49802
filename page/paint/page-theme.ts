// Is the page dark? The OS theme does not tell: many news sites are dark under a light OS
// theme and the other way round. The page's own background colour does; it is read once,
// when highlights are first shown, from <body> or else <html> (a transparent canvas is white).

/** Relative luminance (WCAG) of an rgb()/rgba() computed colour, or null when transparent. */
export function luminanceOf(color: string): number | null {
  const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(color);
  if (!m) return null;
  if (m[4] !== undefined && Number(m[4]) < 0.5) return null;
  const channel = (v: string) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(m[1]!) + 0.7152 * channel(m[2]!) + 0.0722 * channel(m[3]!);
}

export function pageIsDark(doc: Document): boolean {
  const view = doc.defaultView;
  if (!view) return false;
  for (const el of [doc.body, doc.documentElement]) {
    if (!el) continue;
    const luminance = luminanceOf(view.getComputedStyle(el).backgroundColor);
    if (luminance !== null) return luminance < 0.2;
  }
  return false;
}
