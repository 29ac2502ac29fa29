import type { TextareaField } from 'payload'

/**
 * Plain text typed by a reader: counted after trimming (so whitespace cannot pass as content), stored
 * exactly as typed, never interpreted as HTML anywhere; frontends escape it on output.
 */
export const readerTextField = ({
  name,
  label,
  maxLength,
  overrides = {},
}: {
  name: string
  label?: string
  maxLength: number
  overrides?: Partial<TextareaField>
}): TextareaField => ({
  name,
  label,
  type: 'textarea',
  required: true,
  maxLength,
  validate: (value: null | string | undefined) => {
    const length = typeof value === 'string' ? value.trim().length : 0
    if (length === 0) {
      return 'This field is required: write at least one character.'
    }
    if (length > maxLength) {
      return `This is too long: ${length} characters, at most ${maxLength}.`
    }
    return true
  },
  ...overrides,
  admin: {
    description:
      'Plain text, stored as typed. HTML in it is never interpreted: frontends must escape it.',
    ...overrides.admin,
  },
})
