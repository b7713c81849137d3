// The ceiling for a page on this machine: a plain Node.js HTTP server sending the same gzipped bytes and headers the
// app sent for that page, from memory, and nothing else. No framework could serve that page faster here.
// Run by bench/pages/page-rates.ts: `node ceiling-server.mjs <file.json>`, the file holding { headers, body (base64) };
// it prints the port it listens on.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const { headers, body } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const bytes = Buffer.from(body, 'base64');
const server = createServer((_request, response) => {
  response.writeHead(200, { ...headers, 'Content-Length': bytes.length });
  response.end(bytes);
});
server.keepAliveTimeout = 65_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
