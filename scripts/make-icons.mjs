// Renders static/icons/icon.svg as the PNG icons the web app manifest names, in Debian's
// Chromium (playwright-core, which downloads no browser): 192 and 512 pixels as drawn, and a
// 512-pixel "maskable" one, full-bleed, with the mark inside the central safe circle (80% of
// the side) that launchers may crop to. Run once after changing the SVG, and commit the PNGs:
//   node scripts/make-icons.mjs
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const DIR = 'static/icons';
const BACKGROUND = '#1d4e89'; // the SVG's own square, so the crop shows no edge
const svg = await readFile(`${DIR}/icon.svg`, 'utf8');
const image = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  const render = async (size, { scale, background }) => {
    await page.setViewportSize({ width: size, height: size });
    const side = Math.round(size * scale);
    await page.setContent(`<body style="margin:0;width:${size}px;height:${size}px;display:grid;place-items:center;background:${background}">
      <img src="${image}" width="${side}" height="${side}"></body>`);
    await page.locator('img').evaluate((img) => img.decode());
    return page.screenshot({ omitBackground: background === 'transparent', clip: { x: 0, y: 0, width: size, height: size } });
  };
  const icons = [
    ['icon-192.png', 192, { scale: 1, background: 'transparent' }],
    ['icon-512.png', 512, { scale: 1, background: 'transparent' }],
    ['icon-maskable-512.png', 512, { scale: 0.75, background: BACKGROUND }],
  ];
  for (const [name, size, how] of icons) {
    await writeFile(`${DIR}/${name}`, await render(size, how));
    console.log(`${DIR}/${name}: ${size}×${size}`);
  }
} finally {
  await browser.close();
}
