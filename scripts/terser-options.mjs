// Terser settings for the library build (and `npm run size:modules`). Nothing unsafe:
// only transforms that keep behaviour for any input, on ES2022 modules.
export const TERSER_OPTIONS = {
  module: true,
  ecma: 2020,
  compress: { passes: 3 },
  format: { comments: false },
};
