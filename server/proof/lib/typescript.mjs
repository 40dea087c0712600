// Loads the server's TypeScript test fakes (src/testing/fake-*.ts, left out of dist) in this
// process: a require hook compiles .ts with swc, the compiler jest already uses here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const require = createRequire(join(serverDir, 'package.json'));
let installed = false;

function installHook() {
  if (installed) return;
  installed = true;
  const swc = require('@swc/core');
  const Module = require('node:module');
  Module._extensions['.ts'] = (module, filename) => {
    const { code } = swc.transformSync(readFileSync(filename, 'utf8'), {
      filename,
      jsc: {
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true },
        target: 'es2022',
      },
      module: { type: 'commonjs' },
    });
    module._compile(code, filename);
  };
}

/** `src/<path>.ts` of the server, compiled on the fly. */
export function requireServerSource(path) {
  installHook();
  return require(join(serverDir, 'src', path));
}
