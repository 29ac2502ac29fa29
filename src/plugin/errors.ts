import { APIError } from 'payload'

/**
 * A request refused for what it asked (too soon, not allowed, malformed): the client's answer says
 * why; the server's log gets one info line, not an ERROR with a stack. The plugin sets Payload's
 * `loggingLevels` for it, by name, which is set here rather than taken from the class (a production
 * bundle minifies class names).
 */
export class RefusedRequest extends APIError {
  constructor(message: string, status: number, data: null | Record<string, unknown> = null) {
    super(message, status, data, true)
    this.name = 'RefusedRequest'
  }
}
