/**
 * Payload-wide input guards for a host's Next route handlers (they need `@payloadcms/next`):
 * `export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = restRoutes(config)` in `app/(payload)/api/[...slug]/route.ts`,
 * `export const POST = graphQLPost(config)` in `app/(payload)/api/graphql/route.ts`.
 */
export {
  acceptOwnOrigin,
  currentRequestOrigin,
  foreignOriginRefusal,
  graphQLPost,
  restRoutes,
  withRequestOrigin,
} from '../guards'
