/**
 * The physical ceiling for the benchmark: a bare express server answering with the same bytes,
 * prebuilt: the story's JSON at /story and the story page's HTML at /page; event streams at /events
 * that get the same event bytes the app sends when POST /fanout is answered.
 * `node --import tsx tests/bench/ceiling.ts <file.json> <port> [file.html]`.
 */
import express from 'express'
import fs from 'node:fs'

const [file, port, htmlFile] = process.argv.slice(2)
const body = fs.readFileSync(file)
const html = htmlFile ? fs.readFileSync(htmlFile) : Buffer.alloc(0)
const app = express()
app.disable('x-powered-by')
app.get('/story', (_req, res) => {
  res.writeHead(200, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
  })
  res.end(body)
})
app.get('/page', (_req, res) => {
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(html.length),
  })
  res.end(html)
})
const streams = new Set<express.Response>()
let seq = 0
app.get('/events', (req, res) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-cache, no-transform',
  })
  res.write(`retry: 3000\nid: ${seq}\nevent: ready\ndata: {"etag":"\\"${'x'.repeat(27)}\\""}\n\n`)
  streams.add(res)
  req.on('close', () => streams.delete(res))
})
// The same size of event as the app's (an ETag, a date, a log entry, a count), written to every stream.
app.post('/fanout', (_req, res) => {
  res.end('ok')
  const chunk = `id: ${++seq}\nevent: story\ndata: ${JSON.stringify({ etag: `"${'y'.repeat(27)}"`, dateModified: new Date().toISOString(), logEntry: { id: 'x'.repeat(24), type: 'update', text: 'A benchmark update to the story.', date: new Date().toISOString() }, commentCount: 0 })}\n\n`
  setImmediate(() => {
    for (const stream of streams) {
      stream.write(chunk)
    }
  })
})
app.listen(Number(port), '127.0.0.1', () => console.log('READY'))
