// Compares Plumbline's HCL parser with HashiCorp's (the @cdktf/hcl2json WebAssembly build).
// Called by .ci/hcl-differential, which explains the check; see there.
//
// usage: node compare.js NODE_MODULES ROOT PLUMBLINE_JSONL
//   NODE_MODULES     where @cdktf/hcl2json is installed
//   ROOT             the directory the paths are relative to
//   PLUMBLINE_JSONL  one line per file from dev.plumbline.core.hcl.HclShape:
//                    {"path", "valid", "problems", "shape"?, "shapeError"?}
'use strict';

const fs = require('fs');
const path = require('path');

const [modules, root, plumblineFile] = process.argv.slice(2);
const { parse } = require(path.resolve(modules, '@cdktf', 'hcl2json'));

// hcl2json's layout with every leaf (string, number, bool, null) replaced by null and object
// keys sorted: what HclShape writes for Plumbline's tree.
function canonical(value) {
  if (Array.isArray(value)) {
    return value.map(canonical);
  }
  if (value !== null && typeof value === 'object') {
    const out = {};
    for (const key of Object.keys(value).sort()) {
      out[key] = canonical(value[key]);
    }
    return out;
  }
  return null;
}

// A syntax error comes back as "parse config: [diagnostics]"; anything else is hcl2json failing
// to lay out a file that HCL itself accepts.
function isSyntaxError(message) {
  return message.startsWith('parse config:');
}

async function main() {
  const lines = fs.readFileSync(plumblineFile, 'utf8').split('\n').filter((l) => l.length > 0);
  const differences = [];
  let accepted = 0;
  let rejected = 0;
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  for (const line of lines) {
    const mine = JSON.parse(line);
    const bytes = fs.readFileSync(path.join(root, mine.path));
    let text;
    try {
      text = utf8.decode(bytes);
    } catch (e) {
      // hcl2json takes a JavaScript string, so it would never see the bad bytes
      differences.push(`${mine.path}: not UTF-8, cannot be compared`);
      continue;
    }
    let theirs;
    let theirError = null;
    try {
      theirs = await parse(path.basename(mine.path), text);
    } catch (e) {
      theirError = String(e.message || e);
    }
    if (theirError !== null && !isSyntaxError(theirError)) {
      if (mine.valid && mine.shapeError !== undefined) {
        accepted++;
        continue; // both accept the file, and neither can lay it out
      }
      differences.push(`${mine.path}: hcl2json cannot lay it out (${theirError}); `
        + `Plumbline: ${mine.valid ? 'valid, ' + (mine.shapeError || 'laid out') : 'rejected'}`);
      continue;
    }
    const theyAccept = theirError === null;
    if (theyAccept !== mine.valid) {
      const why = theyAccept ? `Plumbline: ${mine.problems.slice(0, 3).join(' | ')}`
        : `hcl2json: ${theirError.slice(0, 300)}`;
      differences.push(`${mine.path}: hcl2json ${theyAccept ? 'accepts' : 'rejects'}, `
        + `Plumbline ${mine.valid ? 'accepts' : 'rejects'} (${why})`);
      continue;
    }
    if (!theyAccept) {
      rejected++;
      continue;
    }
    accepted++;
    if (mine.shapeError !== undefined) {
      differences.push(`${mine.path}: hcl2json lays it out, Plumbline cannot (${mine.shapeError})`);
      continue;
    }
    const expected = JSON.stringify(canonical(theirs));
    const actual = JSON.stringify(canonical(mine.shape));
    if (expected !== actual) {
      differences.push(`${mine.path}: shapes differ\n  hcl2json:  ${abbreviate(expected, actual)}`
        + `\n  Plumbline: ${abbreviate(actual, expected)}`);
    }
  }
  console.log(`${lines.length} files: ${accepted} accepted and ${rejected} rejected by both`);
  if (differences.length > 0) {
    console.log(`${differences.length} differences:`);
    for (const d of differences) {
      console.log(`  ${d}`);
    }
    process.exit(1);
  }
  process.exit(0);
}

// The part of a around where it starts to differ from b.
function abbreviate(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) {
    i++;
  }
  const from = Math.max(0, i - 120);
  return (from > 0 ? '...' : '') + a.slice(from, i + 120) + (i + 120 < a.length ? '...' : '');
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
