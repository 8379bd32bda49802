// The explanation card: the page's own explanation first (marked as such, with a jump to the
// passage), then the glossary entry with its cited source.
import type { Explanation, HeldDefinition } from '../../core/explain';
import type { GlossaryEntry, GlossarySource } from '../../core/types';
import type { TermInfo } from '../page-model';
import type { Strings } from './strings';
import { clip, itemRest } from './item-rest';

export interface TooltipProps {
  info: TermInfo;
  /** How the page writes it, when that differs from the canonical term (e.g. traditional). */
  surface: string;
  /** Best first, as core/explain.ts ordered them; the card shows them in that order. */
  explanations: Explanation<Range>[];
  strings: Strings;
  onReveal: (evidence: Range) => void;
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
      {explanations.map((ex, i) => {
        switch (ex.from) {
          case 'page':
            return <PageSection key={i} definition={ex.definition} strings={strings} onReveal={onReveal} />;
          case 'glossary':
            return ex.entry ? <GlossarySection key={i} entry={ex.entry} strings={strings} /> : null;
          case 'mention':
            return <MentionSection key={i} evidence={ex.evidence} strings={strings} onReveal={onReveal} />;
          case 'article':
            return (
              <section key={i} data-source="article">
                <p>{ex.summary || strings.foundOnPage}</p>
              </section>
            );
        }
      })}
    </div>
  );
}

function PageSection({ definition, strings, onReveal }: { definition: HeldDefinition<Range>; strings: Strings; onReveal: (r: Range) => void }) {
  return (
    <section class="page" data-source="page">
      <h3>
        {strings.fromPage}
        <small>{strings.fromPageNote}</small>
      </h3>
      <ul>
        {definition.members.map((m, j) => {
          const rest = itemRest(m, definition.items[j], 80);
          return (
            <li key={j}>
              <b class="member">{m}</b>
              {rest && <div class="item">{rest}</div>}
            </li>
          );
        })}
      </ul>
      <JumpButton strings={strings} onClick={() => onReveal(definition.evidence)} />
    </section>
  );
}

/** Weak evidence says less: only that the article uses the term here, with its own words. */
function MentionSection({ evidence, strings, onReveal }: { evidence: Range; strings: Strings; onReveal: (r: Range) => void }) {
  return (
    <section class="mention" data-source="mention">
      <h3>{strings.mentioned}</h3>
      <q class="quote">{clip(evidence.toString().trim(), 120)}</q>
      <JumpButton strings={strings} onClick={() => onReveal(evidence)} />
    </section>
  );
}

function JumpButton({ strings, onClick }: { strings: Strings; onClick: () => void }) {
  return (
    <button type="button" class="jump" onMouseDown={(e) => e.preventDefault()} onClick={onClick}>
      {strings.jump} ↓
    </button>
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
