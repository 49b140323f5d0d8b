/**
 * Before the browser tests: makes sure nginx exists for tests/e2e/nginx.spec.ts. On a Debian
 * machine where we are root and have none, installs Debian's `nginx` package without letting it
 * start its default site (the tests start nginx themselves, on 127.0.0.1 only). Elsewhere the
 * nginx tests are skipped with a message saying why.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { findNginx } from './deploy/nginx.ts';
import { childEnv, env } from '../src/config/env.ts';

const POLICY = '/usr/sbin/policy-rc.d';

const found = findNginx();
if (found) {
  console.log(`nginx: ${found}`);
} else if (env.nginx()) {
  console.log(`nginx: RELAIS_NGINX=${env.nginx()} does not exist; the nginx tests will be skipped`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('nginx: none found; installing Debian’s nginx package (apt-get)…');
  const vars = childEnv({ DEBIAN_FRONTEND: 'noninteractive' });
  // invoke-rc.d asks policy-rc.d whether to start services: exit 101 means no.
  const madePolicy = !existsSync(POLICY);
  if (madePolicy) {
    writeFileSync(POLICY, '#!/bin/sh\nexit 101\n');
    chmodSync(POLICY, 0o755);
  }
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env: vars });
    execFileSync('apt-get', ['install', '-y', '-qq', 'nginx'], { stdio: 'inherit', env: vars });
  } catch {
    console.error('nginx: apt-get could not install nginx; the nginx tests will be skipped');
  } finally {
    if (madePolicy) rmSync(POLICY, { force: true });
  }
  console.log(`nginx: ${findNginx() ?? 'still missing'}`);
} else {
  console.log('nginx: not installed (install it, or set RELAIS_NGINX); the nginx tests will be skipped');
}
