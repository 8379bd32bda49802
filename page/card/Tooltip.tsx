// The explanation card: the page's own explanation first (marked as such, with a jump to the
// passage), then the glossary entry with its cited source.
import type { GlossaryEntry, GlossarySource } from '../../core/types';
import type { TermInfo } from '../page-model';
import type { Strings } from './strings';
import { clip, itemRest } from './item-rest';

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
        {/* As the page writes it (maybe traditional), with the canonical form beside it. */}
        <span class="term">{surface || info.term}</span>
        {surface && surface !== info.term && <span class="canon">· {info.term}</span>}
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
            {ex.members.map((m, j) => {
              const rest = itemRest(m, ex.items[j], 80);
              return (
                <li key={j}>
                  <b class="member">{m}</b>
                  {rest && <div class="item">{rest}</div>}
                </li>
              );
            })}
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
        <cite>{strings.articleSource(source.citation ?? source.article, source.line)}</cite>
        <q class="quote">{clip(source.quote, 90)}</q>
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
