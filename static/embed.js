// Supplier Audit loader for host pages. Include it with its integrity (docs/embedding.md):
//   <script src="https://AUDIT-APP/embed.js" integrity="sha384-…" crossorigin="anonymous" defer></script>
// and mark where the app goes:
//   <div data-supplier-audit data-checklist="supplier-due-diligence" data-lang="fr"></div>
// Each such element gets the app in an iframe (parentOrigin = this page's origin), sized to
// its content from the app's `resize` messages. Every message from the app is also re-dispatched
// on the element as a `supplier-audit:message` event, whose `detail` is the message.
(() => {
  const script = document.currentScript;
  if (!script) throw new Error('Supplier Audit: load embed.js as a classic script, not a module');
  const app = new URL('./', script.src);
  const options = {
    checklist: 'checklist',
    lang: 'lang',
    primary: 'primary',
    onPrimary: 'onPrimary',
    background: 'background',
    font: 'font',
    sendDocument: 'sendDocument',
  };
  const frames = new Map();

  function embed(host) {
    const url = new URL(app);
    for (const [data, parameter] of Object.entries(options)) {
      if (host.dataset[data]) url.searchParams.set(parameter, host.dataset[data]);
    }
    url.searchParams.set('parentOrigin', window.location.origin);
    const frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = host.dataset.title || 'Supplier Audit';
    // storage-access: the app may ask for its own storage where the browser blocks it in frames.
    frame.allow = 'camera; geolocation; storage-access';
    frame.className = 'supplier-audit-frame';
    // CSSOM setters: allowed under a host policy without 'unsafe-inline' in style-src.
    frame.style.border = '0';
    frame.style.width = '100%';
    frame.style.height = host.dataset.height || '40rem';
    host.replaceChildren(frame);
    frames.set(frame.contentWindow, { frame, host });
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== app.origin) return;
    const embedded = frames.get(event.source);
    const message = event.data;
    if (!embedded || !message || message.v !== 1) return;
    if (message.type === 'resize' && Number.isFinite(message.height) && message.height > 0) {
      embedded.frame.style.height = `${Math.ceil(message.height)}px`;
    }
    embedded.host.dispatchEvent(new CustomEvent('supplier-audit:message', { detail: message, bubbles: true }));
  });

  const start = () => document.querySelectorAll('[data-supplier-audit]').forEach(embed);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
})();
