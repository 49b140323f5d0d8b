/**
 * The internal site's accounts: an htpasswd file of `name:bcrypt-hash` lines, written by
 * `npm run users`, read by nginx (deploy/nginx/snippets/auth-basic.conf) and, where there is no
 * nginx, by the Node preview server, so that no internal page is ever served without an account.
 */
import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import bcrypt from 'bcryptjs';
import { UsageError } from '../cli/cli.ts';

export interface Account {
  name: string;
  hash: string;
}

export function readAccounts(file: string): Account[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))
    .map((l, i) => {
      const at = l.indexOf(':');
      if (at < 1) throw new UsageError(`${file}:${i + 1}: not an htpasswd line (name:hash)`);
      return { name: l.slice(0, at), hash: l.slice(at + 1).trim() };
    });
}

/** Replaces the file in one step, readable by its owner and group only (nginx's group on a server). */
export function writeAccounts(file: string, accounts: Account[]) {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, accounts.map((a) => `${a.name}:${a.hash}\n`).join(''), { mode: 0o640 });
  chmodSync(tmp, 0o640);
  renameSync(tmp, file);
}

/** Whether a hash is one this server can check: bcrypt, as `npm run users` writes. */
export const isBcrypt = (hash: string) => /^\$2[abxy]?\$\d\d\$/.test(hash);

/**
 * Checks `Authorization: Basic …` headers against an accounts file, read again when it changes.
 * A bcrypt comparison costs tens of milliseconds: a header once accepted is remembered (by its
 * digest) until the file changes, as a browser sends the same header with every request.
 */
export function basicAuth(file: string): (header: string | undefined) => boolean {
  let stamp = '';
  let accounts = new Map<string, string>();
  let accepted = new Set<string>();
  const load = () => {
    const now = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (now === stamp) return;
    stamp = now;
    accounts = new Map(
      readAccounts(file)
        .filter((a) => isBcrypt(a.hash))
        .map((a) => [a.name, a.hash]),
    );
    accepted = new Set();
  };
  return (header) => {
    const m = /^Basic\s+([A-Za-z0-9+/=]+)$/i.exec(header?.trim() ?? '');
    if (!m) return false;
    load();
    const digest = createHash('sha256').update(m[1]!).digest('base64');
    if (accepted.has(digest)) return true;
    const decoded = Buffer.from(m[1]!, 'base64').toString('utf8');
    const at = decoded.indexOf(':');
    if (at < 1) return false;
    const hash = accounts.get(decoded.slice(0, at));
    if (!hash || !bcrypt.compareSync(decoded.slice(at + 1), hash.replace(/^\$2y\$/, '$2b$'))) return false;
    accepted.add(digest);
    return true;
  };
}
