// @ts-nocheck
import AhoCorasick from '/tmp/scale-scratch/aho/node_modules/modern-ahocorasick/dist/index.js';
import { syntheticGlossary } from './synthetic-glossary';
import { parseGlossary } from '../core/glossary-schema';
import { glossaryForms } from '../core/engine';
import { createMatcher } from '../core/matcher';
import { normalize } from '../core/normalize';
import { corpusOfLength } from './corpus';
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const text = normalize(corpusOfLength(1_000_000));
const every = new Uint8Array(text.length + 1).fill(1);
for (const size of [59, 60000]) {
  const keys = glossaryForms(parseGlossary(syntheticGlossary(size)));
  let t = cpu(); const ours = createMatcher(keys.map((key) => ({ key, value: key }))); const oursBuild = cpu() - t;
  t = cpu(); const aho = new AhoCorasick(keys); const ahoBuild = cpu() - t;
  const r = { size, oursBuild, ahoBuild };
  for (let i = 0; i < 3; i++) {
    t = cpu(); const a = ours.findAll(text, every); r.ours = Math.min(r.ours ?? 1e9, cpu() - t); r.oursN = a.length;
    t = cpu(); const b = aho.search(text, { strategy: 'leftmost-longest' }); r.ahoLL = Math.min(r.ahoLL ?? 1e9, cpu() - t); r.ahoN = b.length;
    t = cpu(); const c = aho.search(text); r.ahoAll = Math.min(r.ahoAll ?? 1e9, cpu() - t); r.ahoAllN = c.length;
  }
  console.log(JSON.stringify(r));
}
