/**
 * The physical ceiling for the benchmark: a bare express server answering with the same bytes,
 * prebuilt: the story's JSON at /story and the story page's HTML at /page.
 * `node --import tsx tests/bench/ceiling.ts <file.json> <port> [file.html]`.
 */
import express from 'express'
import fs from 'node:fs'

const [file, port, htmlFile] = process.argv.slice(2)
const body = fs.readFileSync(file!)
const html = htmlFile ? fs.readFileSync(htmlFile) : Buffer.alloc(0)
const app = express()
app.disable('x-powered-by')
app.get('/story', (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) })
  res.end(body)
})
app.get('/page', (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': String(html.length) })
  res.end(html)
})
app.listen(Number(port), '127.0.0.1', () => console.log('READY'))
