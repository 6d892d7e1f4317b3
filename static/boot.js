// Starts the app. Trunk's own start-up snippet is inline, which a strict
// Content-Security-Policy forbids; this file does the same from 'self'.
const tag = document.querySelector('script[data-app-js]');
const { default: init } = await import(tag.dataset.appJs);
await init({ module_or_path: tag.dataset.appWasm });
