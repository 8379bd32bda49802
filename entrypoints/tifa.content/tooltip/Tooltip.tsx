// The explanation card: the page's own explanation first (marked as such, with a jump to the
// passage), then the glossary entry with its cited source.
import type { GlossaryEntry, GlossarySource } from '../../../core/types';
import type { TermInfo } from '../page-model';
import type { Strings } from './strings';

export interface PageExplanation {
  label: string;
  members: string[];
  items: string[];
}

export interface TooltipProps {
  info: TermInfo;
  /** How the page writes it, when that differs from the canonical term (e.g. traditional). */
  surface: string;
  explanations: PageExplanation[];
  strings: Strings;
  onReveal: (index: number) => void;
}

export function Tooltip({ info, surface, explanations, strings, onReveal }: TooltipProps) {
  return (
    <div class="body" lang="zh">
      <div class="head">
        <span class="term">{info.term}</span>
        {surface !== info.term && <span class="pinyin">{surface}</span>}
        <span class="pinyin" lang="zh-Latn-pinyin">{info.pinyin}</span>
        <span class={`cat ${info.category}`}>{strings.category[info.category]}</span>
      </div>
      {explanations.map((ex, i) => (
        <section class="page" key={`p${i}`} data-source="page">
          <h3>
            {strings.fromPage}
            <small>{strings.fromPageNote}</small>
          </h3>
          <ul>
            {ex.members.map((m, j) => (
              <li key={j}>
                {m}
                {ex.items[j] && ex.items[j] !== m && <div class="item">{clip(ex.items[j]!, 80)}</div>}
              </li>
            ))}
          </ul>
          <button type="button" class="jump" onMouseDown={(e) => e.preventDefault()} onClick={() => onReveal(i)}>
            {strings.jump} ↓
          </button>
        </section>
      ))}
      {info.entry ? (
        <GlossarySection entry={info.entry} strings={strings} />
      ) : (
        explanations.length === 0 && (
          <section data-source="article">
            <p>{info.summary || strings.foundOnPage}</p>
          </section>
        )
      )}
    </div>
  );
}

function GlossarySection({ entry, strings }: { entry: GlossaryEntry; strings: Strings }) {
  return (
    <section class="glossary" data-source="glossary">
      <h3>{strings.glossary}</h3>
      <p>{entry.summary}</p>
      {entry.members.length > 0 && (
        <ul>
          {entry.members.map((m, j) => (
            <li key={j}>
              {m.text}
              {m.detail && <span class="detail">：{m.detail}</span>}
            </li>
          ))}
        </ul>
      )}
      {entry.sources.map((s, j) => (
        <p class="src" key={j}>
          {strings.source}
          {/^[\x00-\x7f]*$/.test(strings.source) ? ': ' : '：'}
          <SourceLine source={s} strings={strings} />
        </p>
      ))}
    </section>
  );
}

function SourceLine({ source, strings }: { source: GlossarySource; strings: Strings }) {
  if (source.kind === 'article') {
    return (
      <>
        {strings.articleSource(source.article, source.line)} <q>{clip(source.quote, 90)}</q>
      </>
    );
  }
  return (
    <>
      {strings.referenceSource(source.document, source.date)}
      {source.note ? ` ${source.note}` : ''}
    </>
  );
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
