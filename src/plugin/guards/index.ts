/**
 * Payload-wide input guards, for a host's route handlers: what Payload would answer with a 5xx (or a
 * misleading 403) although it understood the request, answered here with the status that says why.
 *
 * - `restRoutes(config)`: Payload's REST handlers behind one guard (ids that cannot exist, broken
 *   %-escapes, paths no endpoint serves, versions of collections that keep none, foreign origins).
 * - `graphQLPost(config)`: Payload's GraphQL handler refusing bodies that are not a query, queries
 *   over the plugin's size limits, and answering without "Did you mean …?" hints.
 * - `acceptOwnOrigin` / `withRequestOrigin`: the login cookie always works from the site's own origin
 *   (for a host with its own Node server in front, which knows the origin each request was sent to).
 * - `foreignOriginRefusal`: a cookie-authenticated write from an origin the CSRF allowlist does not name.
 *
 * `acceptOwnOrigin` is also exported by the package's main entry and `withRequestOrigin` by `fast-path`,
 * for a config and a front server that should not load `@payloadcms/next`'s route handlers.
 */
export { graphQLPost } from './graphqlRoute'
export { restRoutes } from './restRoutes'
export {
  acceptOwnOrigin,
  currentRequestOrigin,
  foreignOriginRefusal,
  withRequestOrigin,
} from './sameOrigin'
