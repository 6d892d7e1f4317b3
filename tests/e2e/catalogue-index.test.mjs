// The home screen's catalogue index (checklists/index.json, written by the build): each entry's
// hash is the one the core computes, as `audit-cli inspect` prints it, so an audit started from
// the index pins exactly the definition it will fetch; and the rest describes the file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AUDIT_CLI, DIST } from './harness.mjs';

test('every checklist of the build is in the index, with the hash audit-cli computes', async () => {
  const index = JSON.parse(await readFile(join(DIST, 'checklists', 'index.json'), 'utf8'));
  assert.equal(index.format, 'supplier-audit-catalogue/1');
  const files = (await readdir(join(DIST, 'checklists'))).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();
  assert.deepEqual(index.checklists.map((c) => c.file).sort(), files);
  for (const entry of index.checklists) {
    const path = join(DIST, 'checklists', entry.file);
    const inspected = spawnSync(AUDIT_CLI, ['inspect', path], { encoding: 'utf8' });
    assert.equal(inspected.status, 0, `audit-cli inspect ${path}: ${inspected.error ?? inspected.stderr}`);
    assert.equal(/sha256 ([0-9a-f]{64})/.exec(inspected.stdout)?.[1], entry.sha256, `${entry.file}: hash`);
    const definition = JSON.parse(await readFile(path, 'utf8'));
    assert.equal(entry.id, definition.id);
    assert.equal(entry.version, definition.version);
    assert.deepEqual(entry.title, definition.title);
    assert.deepEqual(entry.description, definition.description);
    assert.equal(entry.questions, definition.sections.flatMap((s) => s.questions).length);
  }
});

test('the index is small beside the definitions it stands for', async () => {
  const dir = join(DIST, 'checklists');
  const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
  const size = async (f) => (await readFile(join(dir, f))).length;
  const definitions = (await Promise.all(index.checklists.map((c) => size(c.file)))).reduce((a, b) => a + b, 0);
  assert.ok(await size('index.json') * 20 < definitions, 'under 5 % of the definitions');
});
