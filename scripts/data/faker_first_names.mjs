// Writes the first names of the npm package @faker-js/faker (MIT), per locale, as the JSON
// snapshot scripts/data/sources/faker_first_names.json that build_given_names.py reads.
// Only the first-name lists are taken. Usage (from the repository root):
//   npm install --prefix /tmp/faker @faker-js/faker@10
//   node scripts/data/faker_first_names.mjs /tmp/faker > scripts/data/sources/faker_first_names.json
import { createRequire } from 'node:module';
import path from 'node:path';

const prefix = process.argv[2];
if (!prefix) {
  console.error('usage: node scripts/data/faker_first_names.mjs NPM_PREFIX');
  process.exit(2);
}
const require = createRequire(path.join(path.resolve(prefix), 'node_modules', 'x.js'));
const fakerPath = require.resolve('@faker-js/faker');
const all = await import(fakerPath);
const version = require('@faker-js/faker/package.json').version;

// Locales whose lists are real given names in Latin script (or Cyrillic, which
// build_given_names.py transliterates). Left out: the copies of the en list (en_GB,
// en_US ...), Esperanto, and the scripts news in English never uses for names.
const KEEP = new Set(['AF_ZA', 'AZ', 'CS_CZ', 'DA', 'DE', 'DE_AT', 'DE_CH', 'EN', 'EN_AU', 'EN_GH',
  'EN_IN', 'EN_NG', 'EN_ZA', 'ES', 'ES_MX', 'FI', 'FR', 'FR_BE', 'FR_CH', 'FR_SN', 'HR', 'HU',
  'ID_ID', 'IT', 'KU_kmr_latin', 'LV', 'NB_NO', 'NL', 'NL_BE', 'PL', 'PT_BR', 'PT_PT', 'RO',
  'RO_MD', 'RU', 'SK', 'SL_SI', 'SR_RS_latin', 'SV', 'TR', 'UK', 'UZ_UZ_latin', 'YO_NG', 'ZU_ZA']);
const locales = {};
// The lists faker keeps by sex ("female", "male"; "generic" names are left out), per locale.
const bySex = { female: {}, male: {} };
for (const [key, value] of Object.entries(all)) {
  if (!key.startsWith('faker') || !KEEP.has(key.slice('faker'.length))) continue;
  if (!value?.rawDefinitions?.person) continue;
  const first = value.rawDefinitions.person.first_name;
  if (!first) continue;
  const names = Array.isArray(first) ? first : Object.values(first).filter(Array.isArray).flat();
  const locale = key.slice('faker'.length);
  locales[locale] = [...new Set(names)].sort();
  if (Array.isArray(first)) continue;
  for (const sex of ['female', 'male'])
    if (Array.isArray(first[sex])) bySex[sex][locale] = [...new Set(first[sex])].sort();
}
const byLocale = (object) =>
  Object.fromEntries(Object.entries(object).sort(([a], [b]) => a.localeCompare(b)));
const sorted = byLocale(locales);
// One locale per line: small diffs when faker changes a list. "by_sex" repeats the
// names faker lists as female or male (build_given_names.py: pronoun agreement).
const about = `First names of @faker-js/faker ${version} (MIT licence, Copyright 2022-2025 Faker; ` +
  'see data/THIRD_PARTY.md), per locale, extracted by scripts/data/faker_first_names.mjs. ' +
  'GENERATED, DO NOT EDIT.';
const lines = (object, indent) =>
  Object.entries(object).map(([k, v]) => `${indent}${JSON.stringify(k)}: ${JSON.stringify(v)}`).join(',\n');
const sexes = ['female', 'male'].map((sex) =>
  `    ${JSON.stringify(sex)}: {\n${lines(byLocale(bySex[sex]), '      ')}\n    }`);
console.log(`{\n  "about": ${JSON.stringify(about)},\n  "locales": {\n${lines(sorted, '    ')}\n  },\n` +
  `  "by_sex": {\n${sexes.join(',\n')}\n  }\n}`);
