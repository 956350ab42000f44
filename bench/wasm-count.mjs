// Runs N analyses of the seed articles with a web-target wasm build, for an instruction count
// under cachegrind (bench/wasm-count.sh). Not a timer: see wasm-bench.mjs for words per second.
//   node --no-liftoff --no-wasm-tier-up bench/wasm-count.mjs PKG_DIR N
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [pkg, nArg] = process.argv.slice(2);
const m = await import(path.resolve(pkg, 'newslens.js'));
m.initSync({ module: fs.readFileSync(path.resolve(pkg, 'newslens_bg.wasm')) });
const dir = path.join(root, 'seeds');
const texts = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
const opts = { offsets: 'utf16', tokens: false };
const n = Number(nArg || 500);
for (let i = 0; i < n; i++) m.analyze(texts[i % texts.length], opts);
