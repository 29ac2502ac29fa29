/**
 * The ceiling for readers' lists: Node's own `http` server (no framework at all) answering each path
 * with the bytes the app answered it with, prebuilt: the same body under the same headers (security
 * headers, ETag, cache and CDN headers included), so what differs is the work per request.
 * `node --import tsx tests/bench/rawCeiling.ts <port> <routes.json>`, the JSON a list of
 * `{ path, file, headers }` (a path may carry a query: `/…/comments?page=2`).
 */
import fs from 'node:fs'
import http from 'node:http'

const [port, manifest] = process.argv.slice(2)
const routes = JSON.parse(fs.readFileSync(manifest, 'utf8')) as {
  path: string
  file: string
  headers: [string, string][]
}[]
const answers = new Map(
  routes.map(({ path, file, headers }) => {
    const body = fs.readFileSync(file)
    const flat: string[] = [...headers.flat(), 'Content-Length', String(body.length)]
    return [path, { body, headers: flat }] as const
  }),
)
http
  .createServer((req, res) => {
    const answer = answers.get(req.url ?? '')
    if (!answer) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, answer.headers)
    res.end(answer.body)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('READY'))
