// npm run eval [-- --set NAME …] [--details] [--held-details] [--json]
// Prints, per set (dev, dev2-tune, dev2-held), what a reader is shown measured against the
// hand-marked truth (eval/README.md): numbered recall and precision, policy recall, definition
// recall and precision, recall per class. Sets, scoring and matching rules: eval/sets.ts,
// eval/score-terms.ts, eval/score-definitions.ts.
// --details lists per text what was missed and what was shown wrongly (unlabelled ones apart, so
// the truth of tune texts can be completed). It refuses dev2-held unless --held-details is
// given: the held-out errors are read only when reporting, never while tuning.
import { fileURLToPath } from 'node:url';
import { SET_NAMES, loadSet, type SetName } from '../eval/sets';
import { figures, runSet, type SetResult } from '../eval/run';

export interface EvalArgs {
  sets: SetName[];
  details: boolean;
  heldDetails: boolean;
  json: boolean;
}

export function parseArgs(argv: string[]): EvalArgs {
  const sets: SetName[] = [];
  let details = false;
  let heldDetails = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--set') {
      const name = argv[++i];
      if (!SET_NAMES.includes(name as SetName)) throw new Error(`--set: expected one of ${SET_NAMES.join(', ')}, got ${name ?? 'nothing'}`);
      if (!sets.includes(name as SetName)) sets.push(name as SetName);
    } else if (a === '--details') details = true;
    else if (a === '--held-details') heldDetails = details = true;
    else if (a === '--json') json = true;
    else throw new Error(`unknown option ${a} (options: --set NAME, --details, --held-details, --json)`);
  }
  return { sets: sets.length ? sets : [...SET_NAMES], details, heldDetails, json };
}

const fmt = (x: number | null): string => (x === null ? '  –  ' : x.toFixed(3));

export function formatSet(r: SetResult): string {
  if (r.missing) return `== ${r.name} == missing (no truth files)`;
  const f = figures(r);
  const termTexts = r.texts.filter((t) => t.terms).length;
  const defTexts = r.texts.filter((t) => t.definitions).length;
  const counted = termTexts === defTexts ? `${termTexts} texts` : `${termTexts} texts for terms, ${defTexts} for definitions`;
  const lines = [`== ${r.name} == ${counted}${r.missingTexts.length ? `, ${r.missingTexts.length} truth files without their text: ${r.missingTexts.join(' ')}` : ''}`];
  lines.push(`  numbered recall     ${fmt(f.numberedRecall)}  (${f.numbered.found}/${f.numbered.expected})`);
  lines.push(`  numbered precision  ${fmt(f.numberedPrecision)}  (${f.numberedShown.right}/${f.numberedShown.reported} shown)`);
  lines.push(`  policy recall       ${fmt(f.policyRecall)}  (${f.policy.found}/${f.policy.expected})`);
  lines.push(`  definition recall   ${fmt(f.definitionRecall)}  (${f.definitions.found}/${f.definitions.expected})`);
  lines.push(`  definition precision ${fmt(f.definitionPrecision)} (${f.definitions.right}/${f.definitions.shown} shown)`);
  const classes = Object.entries(f.classes).sort(([a], [b]) => a.localeCompare(b));
  if (classes.length) lines.push(`  recall by class     ${classes.map(([c, x]) => `${c} ${fmt(x.recall)} (${x.found}/${x.expected})`).join(', ')}`);
  return lines.join('\n');
}

export function formatDetails(r: SetResult): string {
  const lines: string[] = [];
  for (const t of r.texts) {
    const out: string[] = [];
    const ts = t.terms;
    if (ts?.missed.length) out.push(`  missed terms: ${ts.missed.map((m) => `${m.term}${m.class ? `[${m.class}]` : ''}${m.kind === 'policy' ? '(policy)' : ''}`).join(' ')}`);
    if (ts?.wrongNotTerms.length) out.push(`  wrong (notTerms): ${ts.wrongNotTerms.join(' ')}`);
    if (ts?.unlabelled.length) out.push(`  UNLABELLED shown: ${ts.unlabelled.join(' ')}`);
    const ds = t.definitions;
    for (const m of ds?.missed ?? []) out.push(`  missed definition: ${m.label} → ${m.members.join(' / ')}`);
    for (const w of ds?.wrong ?? []) out.push(`  wrong definition: ${w.term} → ${w.members.join(' / ')}${w.confidence !== undefined ? ` (confidence ${w.confidence})` : ''}`);
    if (out.length) lines.push(t.id, ...out);
  }
  return lines.length ? lines.join('\n') : '  (no misses, no false positives)';
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.details && !args.heldDetails && args.sets.includes('dev2-held')) {
    console.error('--details does not print the held-out set (dev2-held): choose sets with --set, or pass --held-details when reporting.');
    process.exitCode = 2;
    return;
  }
  const results = args.sets.map((name) => runSet(loadSet(name)));
  if (args.json) {
    const out = results.map((r) => ({
      set: r.name,
      missing: r.missing,
      missingTexts: r.missingTexts,
      ...(r.missing ? {} : figures(r)),
      ...(args.details ? { details: r.texts } : {}),
    }));
    console.log(JSON.stringify(out, null, 2));
    return;
  }
  for (const r of results) {
    console.log(formatSet(r));
    if (args.details && !r.missing) console.log(formatDetails(r));
    console.log('');
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
