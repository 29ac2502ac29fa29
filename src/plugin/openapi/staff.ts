/** Staff endpoints: a login as a header token or the cookie (see `components.securitySchemes`). */
export const STAFF = [{ jwt: [] }, { cookie: [] }]
