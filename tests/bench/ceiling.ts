/**
 * The physical ceiling for the benchmark: a bare express server answering with the same JSON bytes,
 * prebuilt. `node --import tsx tests/bench/ceiling.ts <file.json> <port>`.
 */
import express from 'express'
import fs from 'node:fs'

const [file, port] = process.argv.slice(2)
const body = fs.readFileSync(file!)
const app = express()
app.disable('x-powered-by')
app.get('/story', (_req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(body.length) })
  res.end(body)
})
app.listen(Number(port), '127.0.0.1', () => console.log('READY'))
