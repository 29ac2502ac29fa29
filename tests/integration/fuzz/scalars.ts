/** Fuzz generators: single values of any type, hostile strings among them. */
import fc from 'fast-check'

export const scalar = fc.oneof(
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('%00'),
  fc.constant('../../etc/passwd'),
  fc.constant("' OR 1=1 --"),
  fc.string({ unit: 'binary', maxLength: 20 }),
)
