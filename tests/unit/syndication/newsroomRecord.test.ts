/** Syndication formats: the newsroom's record (its policies, each with a default text). */
import { DEFAULT_POLICIES } from '../../../src/plugin/standards/defaultPolicies'
import { toNewsroomFacts } from '../../../src/plugin/syndication/newsroomFacts'
import { POLICIES } from '../../../src/plugin/vocabulary'

describe('the newsroom’s record', () => {
  it('fills every policy with the default text, marked as the default, linked at the site’s own page; a newsroom’s own URL wins', () => {
    const facts = toNewsroomFacts(
      {
        policies: {
          ethics: { url: 'https://ledger.example/about/ethics' },
          corrections: { text: 'Our own words.' },
        },
      },
      { serverURL: 'https://site.example', policyUrl: (policy) => `/policies/${policy}` },
    )
    expect(facts.name).toBe('Newsroom')
    expect(facts.language).toBe('en')
    const byKey = Object.fromEntries(facts.policies.map((policy) => [policy.key, policy]))
    expect(byKey.ethics).toMatchObject({
      url: 'https://ledger.example/about/ethics',
      isDefault: true,
      text: DEFAULT_POLICIES.ethics,
    })
    expect(byKey.corrections).toMatchObject({
      url: 'https://site.example/policies/corrections',
      isDefault: false,
      text: 'Our own words.',
    })
    expect(byKey.unnamedSources).toMatchObject({
      url: 'https://site.example/policies/unnamed-sources',
      isDefault: true,
    })
    for (const policy of POLICIES) {
      expect(DEFAULT_POLICIES[policy.key]).toMatch(/^This is the default text/)
    }
  })
})
