import http from 'node:http'

/** One server-sent event as a client parses it. */
export type ServerEvent = { id?: string; event: string; data: any; receivedAt: number }

export type EventStream = {
  status: number
  headers: http.IncomingHttpHeaders
  events: ServerEvent[]
  /** Comment lines (heartbeats) seen. */
  comments: number
  /** Resolves with the first event (from now on, or already received) that matches. */
  next: (
    name: string,
    { after, timeoutMs }?: { after?: number; timeoutMs?: number },
  ) => Promise<ServerEvent>
  closed: Promise<void>
  close: () => void
  /** The error body of a refused stream. */
  body?: string
}

/**
 * A plain HTTP client of `text/event-stream`, parsing the stream as the EventSource spec does
 * (fields, blank-line dispatch, comments), so tests see exactly the bytes the server sent.
 */
export const openEventStream = (
  url: string,
  headers: Record<string, string> = {},
): Promise<EventStream> =>
  new Promise((resolve, reject) => {
    const request = http.get(
      url,
      { agent: false, headers: { accept: 'text/event-stream', ...headers } },
      (response) => {
        const events: ServerEvent[] = []
        const waiters = new Set<() => void>()
        let buffer = ''
        let comments = 0
        let closedResolve: () => void = () => {}
        const closed = new Promise<void>((done) => (closedResolve = done))
        const stream: EventStream = {
          status: response.statusCode ?? 0,
          headers: response.headers,
          events,
          get comments() {
            return comments
          },
          next: (name, { after = 0, timeoutMs = 5_000 } = {}) =>
            new Promise((found, fail) => {
              const look = () => {
                const match = events.slice(after).find((event) => event.event === name)
                if (match) {
                  waiters.delete(look)
                  clearTimeout(timer)
                  found(match)
                }
              }
              const timer = setTimeout(() => {
                waiters.delete(look)
                fail(
                  new Error(
                    `no "${name}" event within ${timeoutMs} ms (got ${events.map((event) => event.event).join(', ') || 'none'})`,
                  ),
                )
              }, timeoutMs)
              waiters.add(look)
              look()
            }),
          closed,
          close: () => {
            request.destroy()
            closedResolve()
          },
        }
        response.setEncoding('utf8')
        if (stream.status !== 200) {
          let body = ''
          response.on('data', (chunk: string) => (body += chunk))
          response.on('end', () => resolve({ ...stream, body }))
          return
        }
        response.on('data', (chunk: string) => {
          buffer += chunk
          let end: number
          while ((end = buffer.indexOf('\n\n')) !== -1) {
            const block = buffer.slice(0, end)
            buffer = buffer.slice(end + 2)
            const fields: Record<string, string> = {}
            let isComment = true
            for (const line of block.split('\n')) {
              if (line.startsWith(':')) {
                continue
              }
              isComment = false
              const colon = line.indexOf(':')
              const name = colon === -1 ? line : line.slice(0, colon)
              const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '')
              fields[name] =
                name === 'data' && fields.data !== undefined ? `${fields.data}\n${value}` : value
            }
            if (isComment) {
              comments++
              continue
            }
            if (fields.data === undefined) {
              continue
            }
            let data: unknown = fields.data
            try {
              data = JSON.parse(fields.data)
            } catch {
              /* plain text */
            }
            events.push({
              id: fields.id,
              event: fields.event ?? 'message',
              data,
              receivedAt: Date.now(),
            })
            for (const wake of [...waiters]) {
              wake()
            }
          }
        })
        response.on('end', () => closedResolve())
        response.on('close', () => closedResolve())
        resolve(stream)
      },
    )
    request.on('error', reject)
  })
