/**
 * Jest transform for the few ESM-only packages the app uses (intl-messageformat and its @formatjs
 * dependencies ship `"type": "module"` only). Jest runs this project as CommonJS, so their `.js` files are
 * converted to CommonJS with esbuild (already a dev dependency; the Lambda bundles go through esbuild too).
 */
const { transformSync } = require('esbuild');

module.exports = {
  process(source, path) {
    const out = transformSync(source, { loader: 'js', format: 'cjs', target: 'node20', sourcefile: path });
    return { code: out.code };
  },
};
