import { chromium } from '@playwright/test';
const [url, out, width = '1280', fullPage = '1'] = process.argv.slice(2);
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
p.on('pageerror', e => console.log('pageerror', e.message));
p.on('console', m => m.type() === 'error' && console.log('console', m.text()));
await p.goto(url); await p.waitForTimeout(800);
if (process.env.CLICK) { await p.getByRole('button', { name: process.env.CLICK }).first().click(); await p.waitForTimeout(300); }
await p.screenshot({ path: out, fullPage: fullPage === '1' });
await b.close();
