/**
 * `npm run users -- <command>`: the accounts of the internal site's basic authentication, kept in
 * an htpasswd file that nginx reads (deploy/nginx/snippets/auth-basic.conf).
 *
 *   add <name>       create an account (fails if it exists)
 *   passwd <name>    set a new password for an existing account
 *   remove <name>    delete an account
 *   list             print the account names
 *
 * Options: --file <path> (default RELAIS_HTPASSWD, else .htpasswd in the project), --cost <4–14>
 * (bcrypt work factor, default 10). The password is read from standard input when it is not a
 * terminal (first line), else asked twice without echo. Passwords are stored as bcrypt hashes.
 */
import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import bcrypt from 'bcryptjs';
import { env } from '../src/config/env.ts';
import { UsageError, run } from './cli/cli.ts';
import { readAccounts, writeAccounts } from './deploy/accounts.ts';

const USAGE = 'usage: npm run users -- add|passwd|remove <name> | list  [--file <htpasswd>] [--cost <4–14>]';
/** Long enough to resist guessing over the network; a passphrase of a few words passes. */
const MIN_LENGTH = 12;
const NAME = /^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$/;

/** Reads one line without echoing it (a terminal) or the first line of piped input. */
async function readSecret(prompt: string, lines: AsyncIterator<string> | undefined): Promise<string> {
  if (lines) {
    const next = await lines.next();
    if (next.done) throw new UsageError('no password on standard input');
    return next.value;
  }
  let muted = false;
  const output = new Writable({
    write(chunk, _enc, cb) {
      if (!muted) process.stdout.write(chunk);
      cb();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  const answer = new Promise<string>((done) => rl.question(prompt, done));
  muted = true;
  const value = await answer;
  rl.close();
  process.stdout.write('\n');
  return value;
}

async function askPassword(name: string): Promise<string> {
  const piped = !process.stdin.isTTY;
  const lines = piped ? createInterface({ input: process.stdin })[Symbol.asyncIterator]() : undefined;
  const password = await readSecret(`Password for ${name}: `, lines);
  if (password.length < MIN_LENGTH) throw new UsageError(`the password must have at least ${MIN_LENGTH} characters`);
  if (!piped) {
    const again = await readSecret('Same password again: ', undefined);
    if (again !== password) throw new UsageError('the two passwords differ; nothing was changed');
  }
  return password;
}

await run(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: { file: { type: 'string' }, cost: { type: 'string', default: '10' } },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, name, ...rest] = positionals;
  const file = resolve(values.file ?? env.htpasswd() ?? '.htpasswd');
  const cost = Number(values.cost);
  if (!Number.isInteger(cost) || cost < 4 || cost > 14)
    throw new UsageError('--cost must be a whole number from 4 to 14');
  if (rest.length) throw new UsageError(`unexpected argument "${rest[0]}"\n${USAGE}`);
  const accounts = readAccounts(file);
  const existing = accounts.find((a) => a.name === name);

  switch (command) {
    case 'list':
      if (name) throw new UsageError(`list takes no name\n${USAGE}`);
      for (const a of accounts) console.log(a.name);
      return 0;
    case 'add':
    case 'passwd':
    case 'remove':
      break;
    default:
      throw new UsageError(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  }
  if (!name) throw new UsageError(`${command} needs an account name\n${USAGE}`);
  if (!NAME.test(name))
    throw new UsageError(`"${name}" is not a valid account name (letters, digits, . _ @ -, at most 64 characters)`);
  if (command === 'add' && existing)
    throw new UsageError(
      `account "${name}" exists in ${file} (change its password with: npm run users -- passwd ${name})`,
    );
  if (command !== 'add' && !existing) throw new UsageError(`no account "${name}" in ${file}`);

  if (command === 'remove') {
    writeAccounts(
      file,
      accounts.filter((a) => a.name !== name),
    );
    console.log(`removed ${name} from ${file}`);
    return 0;
  }
  const hash = await bcrypt.hash(await askPassword(name), cost);
  if (existing) existing.hash = hash;
  else accounts.push({ name, hash });
  writeAccounts(file, accounts);
  console.log(`${command === 'add' ? 'added' : 'changed the password of'} ${name} in ${file}`);
  return 0;
});
