import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';
import { hashPassword } from './password-hash.ts';

/**
 * `npm run -s hash-password` prints `scrypt:…` for BASIC_AUTH_USERS. The password is read from
 * stdin (never argv, which shows in `ps` and shell history); on a terminal it is not echoed.
 */
async function readPassword(): Promise<string> {
  const interactive = process.stdin.isTTY === true;
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: interactive });
  if (interactive) process.stderr.write('Password: ');
  muted = true;
  const line = await new Promise<string>((resolve) => {
    let first: string | undefined;
    rl.once('line', (text) => (first = text));
    rl.once('close', () => resolve(first ?? ''));
    rl.once('line', () => rl.close());
  });
  if (interactive) process.stderr.write('\n');
  return line;
}

const password = await readPassword();
if (password.length < 8) {
  process.stderr.write('hash-password: use a password of at least 8 characters\n');
  process.exit(1);
}
process.stdout.write(`${await hashPassword(password)}\n`);
