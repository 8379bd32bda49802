import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { getNodeEngine } from '../core/node/engine';
const held = new Set(JSON.parse(readFileSync('eval/split.json','utf8')).held);
const dirs = ['tests/fixtures/articles/','glossary/articles/','../shared/articles/dev2/'];
const e = getNodeEngine();
const out: Record<string, unknown> = {};
for (const d of dirs) for (const f of readdirSync(d).filter(f=>f.endsWith('.txt') && !held.has(f)).sort()) out[d+f] = e.annotate(readFileSync(d+f,'utf8'));
writeFileSync(process.argv[2]!, JSON.stringify(out));
