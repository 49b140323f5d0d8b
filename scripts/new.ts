/**
 * `npm run new -- <kind> [options] "Title"`: writes a new entry with valid frontmatter, today's
 * date, a file name from the title and `visibility: internal`. Asks for what is missing when run
 * in a terminal; refuses to overwrite anything.
 *
 *   npm run new -- practice --lang fr --country PT "Titre de la pratique" --with-translation
 *   npm run new -- response --request request-2026-alternatives-to-detention --country NL --lang en
 *   npm run new -- correspondent --country PT --email ana.sousa@example.org "Ana Sousa"
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/config/content-dir.ts';
import { scanContent } from '../src/content-index/scan.ts';
import { COLLECTIONS } from '../src/schema/index.ts';
import { isRealDay } from '../src/schema/fields.ts';
import { didYouMean } from '../src/checks/suggest.ts';
import { run, UsageError } from './cli/cli.ts';
import {
  checkCountry,
  checkGcm,
  checkTheme,
  collectionFrom,
  missingFor,
  scaffold,
  type ScaffoldInput,
} from './editors/scaffold.ts';
import { isoDay, today as todayFromEnv } from '../src/config/today.ts';

const USAGE = `usage: npm run new -- <kind> [--lang en|fr] [--country XX[,YY]] [--with-translation] "Title"
kinds: ${COLLECTIONS.map((c) => c.replace(/s$/, '')).join(', ')}
other options: --theme a,b --gcm 1,2 (practices), --start YYYY-MM-DD (meetings),
               --request <key> (responses), --email <address> (correspondents)`;

const QUESTIONS = {
  title: 'Title: ',
  lang: 'Language of this text (en or fr): ',
  country: 'Member-state code(s), e.g. PT or PT,ES: ',
  request: 'Key of the request it answers: ',
  email: 'E-mail address: ',
} as const;

function setField(input: ScaffoldInput, field: keyof typeof QUESTIONS, value: string) {
  const v = value.trim();
  if (field === 'lang') {
    if (v !== 'en' && v !== 'fr') throw new UsageError(`the language must be en or fr (§4.6), got "${v}"`);
    input.lang = v;
  } else if (field === 'country')
    input.country = v
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(checkCountry);
  else if (field === 'email') {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(v)) throw new UsageError(`"${v}" is not an e-mail address`);
    input.email = v;
  } else if (v) input[field] = v;
}

await run(
  async () => {
    const { values, positionals } = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      options: {
        lang: { type: 'string' },
        country: { type: 'string' },
        request: { type: 'string' },
        email: { type: 'string' },
        theme: { type: 'string' },
        gcm: { type: 'string' },
        start: { type: 'string' },
        'with-translation': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: false,
    });
    if (values.help) {
      console.log(USAGE);
      return 0;
    }
    const unknown = Object.keys(values).filter(
      (k) => !['lang', 'country', 'request', 'email', 'theme', 'gcm', 'start', 'with-translation', 'help'].includes(k),
    );
    if (unknown.length) throw new UsageError(`unknown option --${unknown[0]}\n${USAGE}`);
    const [kind, ...titleWords] = positionals;
    if (!kind) throw new UsageError(`say which kind of entry to create\n${USAGE}`);
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    const input: ScaffoldInput = {
      collection: collectionFrom(kind),
      title: titleWords.join(' ').trim() || undefined,
      today: isoDay(todayFromEnv()),
      withTranslation: values['with-translation'] === true,
    };
    for (const f of ['lang', 'country', 'request', 'email'] as const) {
      const v = str(values[f]);
      if (v !== undefined) setField(input, f, v);
    }
    if (str(values.theme)) input.themes = str(values.theme)!.split(',').map(checkTheme);
    if (str(values.gcm)) input.gcm = str(values.gcm)!.split(',').map(checkGcm);
    if (str(values.start)) {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(str(values.start)!))
        throw new UsageError(`--start must be a date written YYYY-MM-DD, got "${str(values.start)}"`);
      if (!isRealDay(str(values.start)!))
        throw new UsageError(`--start: "${str(values.start)}" is not a real calendar date`);
      input.start = str(values.start);
    }

    let missing = missingFor(input);
    if (missing.length && process.stdin.isTTY) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      // Lines are read through the iterator, which buffers them: answers typed ahead are kept, and
      // Ctrl+D or Ctrl+C end the questions cleanly instead of with a stack trace.
      const lines = rl[Symbol.asyncIterator]();
      rl.on('SIGINT', () => rl.close());
      const ask = async (question: string): Promise<string> => {
        rl.setPrompt(question);
        rl.prompt();
        const next = await lines.next();
        if (next.done) throw new UsageError('cancelled; nothing was written');
        return String(next.value);
      };
      try {
        for (const field of missing) {
          // Ask again until the answer is usable: an editor at a terminal should not start over.
          for (;;) {
            try {
              setField(input, field, await ask(QUESTIONS[field]));
              if (!missingFor(input).includes(field)) break;
            } catch (e) {
              if (!(e instanceof UsageError) || e.message.startsWith('cancelled')) throw e;
              console.log(e.message);
            }
          }
        }
        if (!input.withTranslation && input.collection !== 'responses' && input.collection !== 'correspondents') {
          const answer = await ask(`Also create the ${input.lang === 'en' ? 'French' : 'English'} version? (y/N) `);
          input.withTranslation = /^(y|yes|o|oui)$/i.test(answer.trim());
        }
      } finally {
        rl.close();
      }
      missing = missingFor(input);
    }
    if (missing.length)
      throw new UsageError(
        `missing ${missing.map((m) => `--${m === 'title' ? 'title (the last argument)' : m}`).join(', ')}\n${USAGE}`,
      );

    const root = process.cwd();
    const base = contentDir(root);
    const files = scaffold(input);
    // Refuse to overwrite: neither the files nor an entry with the same key elsewhere in the tree.
    const existing = scanContent(root).entries;
    if (input.collection === 'responses') {
      const requests = [...new Set(existing.filter((e) => e.collection === 'requests').map((e) => e.key))];
      if (!requests.includes(input.request!))
        throw new UsageError(
          `"${input.request}" is not the key of an information request — ${
            didYouMean(input.request, requests) ?? 'the keys are the file names in content/requests/ without .en/.fr'
          }`,
        );
      const answered = existing.find(
        (e) => e.collection === 'responses' && e.data.request === input.request && e.data.country === input.country![0],
      );
      if (answered)
        throw new UsageError(
          `${answered.file} already answers this request for ${input.country![0]}; nothing was written`,
        );
    }
    for (const f of files) {
      const full = join(base, f.path);
      if (existsSync(full)) throw new UsageError(`${relative(root, full)} already exists; nothing was written`);
      const [collection, name] = f.path.split('/') as [string, string];
      const key = name.replace(/(\.(en|fr))?\.md$/, '');
      const lang = /\.(en|fr)\.md$/.exec(name)?.[1];
      const clash = existing.find(
        (e) => e.collection === collection && e.key === key && (e.lang ?? undefined) === lang,
      );
      if (clash)
        throw new UsageError(`${clash.file} already has the key "${key}"; choose another title. Nothing was written`);
    }
    for (const f of files) {
      const full = join(base, f.path);
      mkdirSync(dirname(full), { recursive: true });
      writeFileSync(full, f.text, { flag: 'wx' });
      console.log(`created ${relative(root, full)}`);
    }
    console.log('Fill in the fields marked with # comments, then run npm run check.');
    return 0;
  },
  { ownHelp: true },
);
