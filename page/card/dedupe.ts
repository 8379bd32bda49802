// What the card leaves out so a long card says each thing once: the glossary's member list when
// the page's own explanation (shown above it) already lists the same members, and a source the
// entry cites twice. The ORDER of the explanations is core/explain.ts's; this only trims.
import type { Explanation } from '../../core/explain';
import type { GlossaryMember, GlossarySource } from '../../core/types';

/** Same characters, ignoring quotes and spaces the page or the glossary may add. */
function memberKey(text: string): string {
  return text.replace(/[\s"“”'‘’「」『』《》]/gu, '');
}

/**
 * Whether the glossary's members are all listed by a page definition the card shows before it:
 * then the glossary section says "members as above" instead of repeating them.
 */
export function membersShownByPage(members: readonly GlossaryMember[], explanations: readonly Explanation<unknown>[]): boolean {
  if (members.length === 0) return false;
  return explanations.some((ex) => {
    if (ex.from !== 'page') return false;
    const page = new Set(ex.definition.members.map(memberKey));
    return members.every((m) => page.has(memberKey(m.text)));
  });
}

/** One citation line: an article cited once for all its quoted paragraphs, or one reference. */
export type SourceLine =
  | { kind: 'article'; citation: string; lines: number[]; quote: string }
  | { kind: 'reference'; document: string; date: string; note?: string };

/**
 * The entry's sources, each cited once: quotes from the same article become one line with its
 * paragraph numbers (五条原则 quotes one article five times) and the first quote; a reference
 * repeated with the same document and date is listed once.
 */
export function groupedSources(sources: readonly GlossarySource[]): SourceLine[] {
  const out: SourceLine[] = [];
  const articles = new Map<string, Extract<SourceLine, { kind: 'article' }>>();
  const refs = new Set<string>();
  for (const s of sources) {
    if (s.kind === 'article') {
      const held = articles.get(s.article);
      if (held) {
        if (!held.lines.includes(s.line)) held.lines.push(s.line);
        continue;
      }
      const line: SourceLine = { kind: 'article', citation: s.citation ?? s.article, lines: [s.line], quote: s.quote };
      articles.set(s.article, line);
      out.push(line);
    } else {
      const key = `${s.document}\u0000${s.date}`;
      if (refs.has(key)) continue;
      refs.add(key);
      out.push({ kind: 'reference', document: s.document, date: s.date, ...(s.note ? { note: s.note } : {}) });
    }
  }
  for (const line of out) if (line.kind === 'article') line.lines.sort((a, b) => a - b);
  return out;
}
