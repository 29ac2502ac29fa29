/** Providers that ignore dots in the local part (and know each other's domain). */
const DOTLESS = new Map([
  ['gmail.com', 'gmail.com'],
  ['googlemail.com', 'gmail.com'],
])

/**
 * One reader, however they spell their address, for counting submissions: lower case, without a
 * `+tag` (`ana+1@x`, `ana+2@x` and `ana@x` are one mailbox), without dots where the provider ignores
 * them. Never shown and never used to write to anyone: the address as typed is kept for that.
 */
export const emailKey = (email: string): string => {
  const [local = '', domain = ''] = email
    .trim()
    .toLowerCase()
    .split(/@(?=[^@]*$)/)
  const canonicalDomain = DOTLESS.get(domain) ?? domain
  let name = local.replace(/\+.*$/, '')
  if (DOTLESS.has(domain)) {
    name = name.replace(/\./g, '')
  }
  return `${name}@${canonicalDomain}`
}
