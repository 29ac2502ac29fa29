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

/** A value for a date field: a real date's text, or anything else a client might send (false, 0, a list). */
export const dateOfAnyShape = fc.oneof(
  fc
    .date({ min: new Date('1900-01-01'), max: new Date('2200-01-01'), noInvalidDate: true })
    .map((date) => date.toISOString()),
  scalar,
  fc.constantFrom(false, 0, 5, '', 'someday', ['2027-01-31'], { at: '2027-01-31' }),
)
