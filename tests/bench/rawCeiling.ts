/**
 * The ceiling for readers' lists: Node's own `http` server (no framework at all) answering each path
 * with the bytes the app answered it with, prebuilt, under the same content type and a strong ETag.
 * `node --import tsx tests/bench/rawCeiling.ts <port> <routes.json>`, the JSON a list of
 * `{ path, file, type }` (a path may carry a query: `/…/comments?page=2`).
 */
import fs from 'node:fs'
import http from 'node:http'

const [port, manifest] = process.argv.slice(2)
const routes = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
  path: string
  file: string
  type: string
}[]
const answers = new Map(
  routes.map(({ path, file, type }) => {
    const body = fs.readFileSync(file)
    return [path, { body, type, etag: `"${body.length.toString(36)}-ceiling"` }] as const
  }),
)
http
  .createServer((req, res) => {
    const answer = answers.get(req.url ?? '')
    if (!answer) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, {
      'Content-Type': answer.type,
      'Content-Length': String(answer.body.length),
      ETag: answer.etag,
    })
    res.end(answer.body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('READY'))
