// Chromium on a profile directory of its own, driven over CDP, that a test can kill with
// SIGKILL as a crash or a dead battery would: the kill soak and crash recovery use it.
import { spawn } from 'node:child_process';
import { chromium } from 'playwright-core';
import { LAUNCH_ARGS } from './harness.mjs';

/** Starts Chromium on `profile` in a process group of its own: `{ browser, page, kill }`. */
export async function launchKillable(profile) {
  const child = spawn(process.env.CHROMIUM ?? '/usr/bin/chromium', [
    ...LAUNCH_ARGS, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank',
  ], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  const exited = new Promise((done) => child.once('exit', done));
  const endpoint = await new Promise((found, fail) => {
    let seen = '';
    child.stderr.on('data', (chunk) => {
      seen += chunk;
      const match = seen.match(/DevTools listening on (ws:\/\/\S+)/);
      if (match) found(match[1]);
    });
    child.once('exit', (code) => fail(new Error(`Chromium exited (${code}) before listening: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const context = browser.contexts()[0];
  const page = context.pages()[0] ?? await context.newPage();
  // The whole process group: the browser and its renderers, with no chance to clean up.
  // Killing a browser that is already gone (a test cleaning up after a failure) is no error.
  const kill = async () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
    await exited;
  };
  return { browser, page, kill };
}
