// The baseline of kgraph's benchmarks: the npm package `compromise` (v14) finding
// people, places and organisations in the same JSONL articles kgraph reads.
//
//   node bench/compromise_ner.mjs --input articles.jsonl [--limit-mb X]
//        [--spans OUT.jsonl] [--module-dir bench/.work/node]
//
// Without --spans it runs nlp(text).people(), .places() and .organizations() on each
// article and prints one JSON line of counts: {"articles","text_bytes","people",
// "places","organizations","bad_lines","seconds","compromise"}. With --spans it also
// writes, per article, {"id","people":[[s,e,s2]],"places":[[s,e]],"organizations":
// [[s,e]]} where s/e are offsets in UTF-16 code units (JavaScript string indices, as
// compromise reports them; bench/tools/conll_score.py converts them to UTF-8 bytes).
// A span runs from its first term's start to its last term's end: compromise's match
// offset also covers trailing punctuation ("Japan," or "JAPAN ."), its term offsets
// do not. s2 is the person span's start after leading honorifics ("President",
// "Mr"), which compromise includes in people() but CoNLL does not.
//
// --limit-mb stops before the first article that would take the text past X MB
// (10^6 UTF-8 bytes), like bench/tools/corpus.py prefix. Bad lines are skipped and
// counted, with file:line on stderr. compromise is loaded from --module-dir (where
// bench/lib.sh installs it), never from the repository: it is not a build dependency.
import { createReadStream, createWriteStream } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

function parseArgs(argv) {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const args = { input: '', limitMb: 0, spans: '', moduleDir: path.join(here, '.work', 'node') };
  for (let i = 0; i < argv.length; ++i) {
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
      return argv[++i];
    };
    if (argv[i] === '--input') args.input = value();
    else if (argv[i] === '--limit-mb') args.limitMb = Number(value());
    else if (argv[i] === '--spans') args.spans = value();
    else if (argv[i] === '--module-dir') args.moduleDir = value();
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  if (!args.input) throw new Error('--input FILE is required');
  if (!(args.limitMb >= 0)) throw new Error('--limit-mb must be a non-negative number');
  return args;
}

function loadCompromise(moduleDir) {
  const require = createRequire(path.join(path.resolve(moduleDir), 'package.json'));
  const nlp = require('compromise');
  return nlp.default ?? nlp;
}

// [start, end) in UTF-16 units from the first term's start to the last term's end.
function termSpan(terms) {
  const first = terms[0].offset;
  const last = terms[terms.length - 1].offset;
  return [first.start, last.start + last.length];
}

function personSpan(match) {
  const [start, end] = termSpan(match.terms);
  const named = match.terms.find((t) => !t.tags.includes('Honorific'));
  return [start, end, named ? named.offset.start : start];
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const nlp = loadCompromise(args.moduleDir);
  const spans = args.spans ? createWriteStream(args.spans) : null;
  const limit = args.limitMb * 1e6;
  const totals = { articles: 0, text_bytes: 0, people: 0, places: 0, organizations: 0,
                   bad_lines: 0 };
  const lines = createInterface({ input: createReadStream(args.input), crlfDelay: Infinity });
  const start = process.hrtime.bigint();
  let lineNumber = 0;
  for await (const line of lines) {
    ++lineNumber;
    if (!line.trim()) continue;
    let article;
    try {
      article = JSON.parse(line);
      if (typeof article?.text !== 'string') throw new Error('no string "text"');
    } catch (e) {
      ++totals.bad_lines;
      console.error(`${args.input}:${lineNumber}: skipped: ${e.message}`);
      continue;
    }
    const bytes = Buffer.byteLength(article.text, 'utf8');
    if (limit && totals.articles && totals.text_bytes + bytes > limit) break;
    const doc = nlp(article.text);
    const people = doc.people();
    const places = doc.places();
    const organizations = doc.organizations();
    totals.articles += 1;
    totals.text_bytes += bytes;
    totals.people += people.length;
    totals.places += places.length;
    totals.organizations += organizations.length;
    if (spans) {
      const out = (view, span) => view.out('offset').filter((m) => m.terms.length).map(span);
      const record = { id: article.id, people: out(people, personSpan),
                       places: out(places, (m) => termSpan(m.terms)),
                       organizations: out(organizations, (m) => termSpan(m.terms)) };
      if (!spans.write(JSON.stringify(record) + '\n'))
        await new Promise((resolve) => spans.once('drain', resolve));
    }
  }
  totals.seconds = Number(process.hrtime.bigint() - start) / 1e9;
  totals.compromise = nlp.version;
  if (spans) await new Promise((resolve, reject) => spans.end((e) => (e ? reject(e) : resolve())));
  console.log(JSON.stringify(totals));
}

main().catch((e) => {
  console.error(`compromise_ner.mjs: error: ${e.message}`);
  process.exit(e.code === 'MODULE_NOT_FOUND' ? 2 : 1);
});
