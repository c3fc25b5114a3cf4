/**
 * Jest's transform for TypeScript: esbuild, the compiler `npm run` uses through
 * tsx, so tests run the code as the commands do. It only strips types (one file
 * at a time); `npm run typecheck` is what checks them. Source maps go with the
 * code, so a failure points at the TypeScript line.
 */
const crypto = require('crypto');
const { transformSync, version } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'ts',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'external',
      sourcefile: filename,
    });
    return { code, map };
  },
  getCacheKey(source, filename, options) {
    return crypto.createHash('sha256').update(version).update('\0').update(filename).update('\0').update(source).update('\0').update(options.configString).digest('hex');
  },
};
