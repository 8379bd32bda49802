// The explanation card: the term with its English, the page's own explanation first (marked as
// such, with a jump to the passage), then the glossary entry with its cited source. The order is
// explain()'s (core/explain.ts); the card only leaves out what would repeat (dedupe.ts).
import type { Explanation, HeldDefinition, RememberedDefinition } from '../../core/explain';
import type { GlossaryEntry } from '../../core/types';
import type { TermInfo } from '../page-model';
import type { Strings } from './strings';
import { CardControls, type CardControlState } from './CardControls';
import { groupedSources, membersShownByPage, type SourceLine } from './dedupe';
import { clip, itemRest } from './item-rest';
import { ScrollArea } from './ScrollArea';

export interface TooltipProps {
  info: TermInfo;
  /** How the page writes it, when that differs from the canonical term (e.g. traditional). */
  surface: string;
  /** Best first, as core/explain.ts ordered them; the card shows them in that order. */
  explanations: Explanation<Range>[];
  strings: Strings;
  onReveal: (evidence: Range) => void;
  controls?: CardControlState;
}

export function Tooltip({ info, surface, explanations, strings, onReveal, controls }: TooltipProps) {
  return (
    <div class="body" lang="zh">
      <div class="head">
        {/* As the page writes it (maybe traditional), with the canonical form beside it. */}
        <span class="term">{surface || info.term}</span>
        {surface && surface !== info.term && <span class="canon">· {info.term}</span>}
        <span class="pinyin" lang="zh-Latn-pinyin">{info.pinyin}</span>
        <span class={`cat ${info.category}`}>{strings.category[info.category]}</span>
        {controls && <CardControls controls={controls} strings={strings} />}
      </div>
      {info.entry?.english && <English entry={info.entry} strings={strings} />}
      <ScrollArea label={strings.content} more={strings.more}>
        {explanations.map((ex, i) => {
          switch (ex.from) {
            case 'page':
              return <PageSection key={i} definition={ex.definition} strings={strings} onReveal={onReveal} />;
            case 'glossary':
              return ex.entry ? (
                <GlossarySection key={i} entry={ex.entry} strings={strings} membersAbove={membersShownByPage(ex.entry.members, explanations.slice(0, i))} />
              ) : null;
            case 'remembered':
              return <RememberedSection key={i} memory={ex.memory} strings={strings} />;
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
      </ScrollArea>
    </div>
  );
}

/** The English rendering, marked as official (with its document) or as Tifa's own. */
function English({ entry, strings }: { entry: GlossaryEntry; strings: Strings }) {
  const official = entry.englishSource;
  return (
    <p class="english" data-official={official ? 'yes' : 'no'}>
      <span lang="en">{entry.english}</span>{' '}
      <small class="english-mark">
        {official ? `${strings.englishOfficial} · ${strings.referenceSource(official.document, official.date)}` : strings.englishOwn}
      </small>
    </p>
  );
}

function PageSection({ definition, strings, onReveal }: { definition: HeldDefinition<Range>; strings: Strings; onReveal: (r: Range) => void }) {
  return (
    <section class="page" data-source="page">
      <h2>
        {strings.fromPage}
        <small>{strings.fromPageNote}</small>
      </h2>
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

/** Another page's explanation, cited as that page: title, site, date, and a link to it. */
function RememberedSection({ memory, strings }: { memory: RememberedDefinition; strings: Strings }) {
  let site = '';
  try {
    site = new URL(memory.url).hostname;
  } catch {
    /* kept as recorded */
  }
  return (
    <section class="remembered" data-source="remembered">
      <h2>
        {strings.remembered(memory.title || memory.url, site, memory.date)}
        <small>{strings.rememberedNote}</small>
      </h2>
      <ul>
        {memory.members.map((m, j) => (
          <li key={j}>
            <b class="member">{m}</b>
          </li>
        ))}
      </ul>
      <a class="jump" href={memory.url} target="_blank" rel="noreferrer">
        {strings.rememberedOpen} ↗
      </a>
    </section>
  );
}

/** Weak evidence says less: only that the article uses the term here, with its own words. */
function MentionSection({ evidence, strings, onReveal }: { evidence: Range; strings: Strings; onReveal: (r: Range) => void }) {
  return (
    <section class="mention" data-source="mention">
      <h2>{strings.mentioned}</h2>
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

function GlossarySection({ entry, strings, membersAbove }: { entry: GlossaryEntry; strings: Strings; membersAbove: boolean }) {
  const colon = latinUi(strings) ? ': ' : '：';
  return (
    <section class="glossary" data-source="glossary">
      <h2>{strings.glossary}</h2>
      <p>{entry.summary}</p>
      {entry.members.length > 0 &&
        (membersAbove ? (
          <p class="detail as-above">{strings.membersAsAbove}</p>
        ) : (
          <ul>
            {entry.members.map((m, j) => (
              <li key={j}>
                {m.text}
                {m.detail && <span class="detail">：{m.detail}</span>}
              </li>
            ))}
          </ul>
        ))}
      {groupedSources(entry.sources).map((s, j) => (
        <p class="src" key={j}>
          {strings.source}
          {colon}
          <Source source={s} strings={strings} />
        </p>
      ))}
    </section>
  );
}

function Source({ source, strings }: { source: SourceLine; strings: Strings }) {
  if (source.kind === 'article') {
    const cite =
      source.lines.length === 1
        ? strings.articleSource(source.citation, source.lines[0]!)
        : strings.articleSourceMany(source.citation, source.lines.join(latinUi(strings) ? ', ' : '、'));
    return (
      <>
        <cite>{cite}</cite>
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

/** Whether the card's wording is English (Latin punctuation) rather than Chinese. */
function latinUi(strings: Strings): boolean {
  return /^[\x00-\x7f]*$/.test(strings.source);
}
