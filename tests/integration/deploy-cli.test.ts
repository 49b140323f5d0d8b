/**
 * The two deployment commands as an administrator meets them: `npm run users` (htpasswd accounts)
 * and `npm run nginx:config` (the shipped nginx files, filled in). nginx itself runs in
 * tests/e2e/nginx.spec.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import bcrypt from 'bcryptjs';
import { describe, expect, test } from 'vitest';
import { findNginx, users } from '../support/nginx.ts';
import { ROOT } from '../support/sites.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'relais-deploy-'));

/** `nginx -t` on the rendered sites included in an ordinary http block, as a server would. */
function nginxTest(out: string) {
  writeFileSync(
    join(out, 'main.conf'),
    `pid ${out}/nginx.pid;\nevents {}\nhttp {\n  include /etc/nginx/mime.types;\n  include ${out}/internal.conf;\n  include ${out}/public.conf;\n}\n`,
  );
  return spawnSync(findNginx()!, ['-t', '-q', '-p', out, '-c', join(out, 'main.conf'), '-e', 'stderr'], {
    encoding: 'utf8',
  });
}

describe('npm run users', () => {
  test('adds an account with a bcrypt hash of the password read from standard input, readable by owner and group only', () => {
    const file = join(tmp(), 'htpasswd');
    const r = users(['add', 'ana-sousa', '--file', file, '--cost', '4'], 'twelve chars or more\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(`added ana-sousa in ${file}`);
    const [line, ...rest] = readFileSync(file, 'utf8').split('\n');
    expect(rest).toEqual(['']);
    const [name, hash] = line!.split(':');
    expect(name).toBe('ana-sousa');
    expect(hash).toMatch(/^\$2[aby]\$04\$/);
    expect(bcrypt.compareSync('twelve chars or more', hash!)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  test('keeps other accounts untouched when one password changes or one account is removed', () => {
    const file = join(tmp(), 'htpasswd');
    for (const n of ['a', 'b', 'c']) users(['add', n, '--file', file, '--cost', '4'], `password of ${n}!\n`);
    const before = readFileSync(file, 'utf8').split('\n');
    expect(users(['passwd', 'b', '--file', file, '--cost', '4'], 'a new password!\n').status).toBe(0);
    const after = readFileSync(file, 'utf8').split('\n');
    expect([after[0], after[2]]).toEqual([before[0], before[2]]);
    expect(bcrypt.compareSync('a new password!', after[1]!.split(':')[1]!)).toBe(true);
    expect(users(['remove', 'a', '--file', file]).status).toBe(0);
    expect(users(['list', '--file', file]).stdout).toBe('b\nc\n');
  });

  test.each([
    [['add'], 'error: add needs an account name'],
    [['add', 'has:colon'], 'error: "has:colon" is not a valid account name'],
    [['add', 'x', '--cost', '40'], 'error: --cost must be a whole number from 4 to 14'],
    [['passwd', 'nobody'], 'error: no account "nobody" in'],
    [['remove', 'nobody'], 'error: no account "nobody" in'],
    [['rename', 'x'], 'error: unknown command "rename"'],
    [['add', 'x', '--colour'], "error: Unknown option '--colour'"],
  ])('%j fails with one clear line and changes nothing', (args, message) => {
    const file = join(tmp(), 'htpasswd');
    users(['add', 'kept', '--file', file, '--cost', '4'], 'a long password!\n');
    const before = readFileSync(file, 'utf8');
    const r = users([...args, '--file', file], 'a long password!\n');
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toContain(message);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readFileSync(file, 'utf8')).toBe(before);
  });

  test('refuses a short password and an empty standard input', () => {
    const file = join(tmp(), 'htpasswd');
    expect(users(['add', 'x', '--file', file], 'short\n').stderr.trim()).toBe(
      'error: the password must have at least 12 characters',
    );
    expect(users(['add', 'x', '--file', file], '').stderr.trim()).toBe('error: no password on standard input');
  });

  test('refuses a file that is not an htpasswd file, naming the line', () => {
    const file = join(tmp(), 'htpasswd');
    writeFileSync(file, 'ok:$2b$04$abc\nnot a line\n');
    expect(users(['list', '--file', file]).stderr.trim()).toBe(`error: ${file}:2: not an htpasswd line (name:hash)`);
  });
});

function nginxConfig(args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'nginx-config.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run nginx:config', () => {
  test('writes both sites and their snippets with every placeholder filled and nginx variables kept', () => {
    const out = tmp();
    const r = nginxConfig(['--out', out, '--nginx-dir', '/etc/nginx/relais', '--auth', 'sso']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const files = ['internal.conf', 'public.conf', ...readdirSync(join(out, 'snippets')).map((f) => `snippets/${f}`)];
    expect(files).toEqual(expect.arrayContaining(['snippets/auth-basic.conf', 'snippets/auth-sso.conf']));
    for (const f of files) expect(readFileSync(join(out, f), 'utf8'), f).not.toMatch(/\$\{RELAIS_[A-Z0-9_]+\}/);
    const internal = readFileSync(join(out, 'internal.conf'), 'utf8');
    expect(internal).toContain('root /srv/relais/internal;');
    expect(internal).toContain('server_name relais-intranet.example.org;');
    expect(internal).toContain('include /etc/nginx/relais/snippets/auth-sso.conf;');
    expect(internal).toContain('map $uri $relais_internal_404');
    expect(readFileSync(join(out, 'snippets', 'auth-sso.conf'), 'utf8')).toContain('proxy_pass http://127.0.0.1:4180;');
  });

  test.skipIf(!findNginx())('the rendered files pass nginx -t inside an ordinary http block', () => {
    const out = tmp();
    const site = tmp();
    expect(
      nginxConfig(['--out', out, '--internal-root', site, '--public-root', site, '--htpasswd', join(out, 'pw')]).status,
    ).toBe(0);
    const t = nginxTest(out);
    expect(t.stderr).toBe('');
    expect(t.status).toBe(0);
  });

  test('with a certificate a site listens with TLS on 443 and its certificate file is written; without, none is left', () => {
    const out = tmp();
    const cert = ['--internal-cert', '/etc/ssl/relais.pem', '--internal-key', '/etc/ssl/private/relais.key'];
    expect(nginxConfig(['--out', out, ...cert]).status).toBe(0);
    expect(readFileSync(join(out, 'internal.conf'), 'utf8')).toContain('listen 443 ssl;');
    expect(readFileSync(join(out, 'public.conf'), 'utf8')).toContain('listen 80;');
    const tls = readFileSync(join(out, 'tls', 'internal.conf'), 'utf8');
    expect(tls).toContain('ssl_certificate     /etc/ssl/relais.pem;');
    expect(tls).toContain('ssl_certificate_key /etc/ssl/private/relais.key;');
    expect(readdirSync(join(out, 'tls'))).toEqual(['internal.conf']);
    expect(nginxConfig(['--out', out]).status).toBe(0);
    expect(readdirSync(join(out, 'tls'))).toEqual([]);
  });

  test.skipIf(!findNginx())('a TLS rendering with a real certificate passes nginx -t', () => {
    const out = tmp();
    const made = spawnSync('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=localhost',
      '-keyout',
      join(out, 'k.pem'),
      '-out',
      join(out, 'c.pem'),
    ]);
    expect(made.status).toBe(0);
    const site = tmp();
    const args = ['--out', out, '--internal-root', site, '--public-root', site, '--htpasswd', join(out, 'pw')];
    const tls = [
      '--public-cert',
      join(out, 'c.pem'),
      '--public-key',
      join(out, 'k.pem'),
      '--public-listen',
      '127.0.0.1:8443 ssl',
    ];
    expect(nginxConfig([...args, ...tls]).status).toBe(0);
    const t = nginxTest(out);
    expect(t.stderr).toBe('');
    expect(t.status).toBe(0);
  });

  test.each([
    [['--internal-cert', '/etc/ssl/a.pem'], 'error: --internal-cert and --internal-key go together'],
    [['--internal-root', 'dist/internal'], 'error: --internal-root must be an absolute path on the server'],
    [['--auth', 'ldap'], 'error: --auth must be basic or sso'],
    [['--public-root', '/srv/a;b'], 'error: public.conf: RELAIS_PUBLIC_ROOT cannot be "/srv/a;b"'],
  ])('%j fails with one clear line', (args, message) => {
    const r = nginxConfig(['--out', tmp(), ...args]);
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n')[0]).toContain(message);
  });

  test('--out is required', () => {
    const r = nginxConfig([]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^error: --out is required\nusage: npm run nginx:config/);
  });
});
