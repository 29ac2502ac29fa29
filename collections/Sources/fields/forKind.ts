import type { Condition } from 'payload'

/** Shows a field only for sources of one kind. */
export const isKind =
  (kind: string): Condition =>
  (data) =>
    data?.kind === kind

/** Nothing entered: an empty field, whatever its type. */
export const isBlank = (value: unknown) => value === undefined || value === null || value === ''

/**
 * Required only for sources of one kind (the group is hidden for the others), then Payload's own
 * validation for the field type, if any.
 */
export const requiredFor =
  (
    kind: string,
    what: string,
    base?: (value: any, options: any) => Promise<string | true> | string | true,
  ) =>
  async (
    value: unknown,
    options: { data: Partial<{ kind: string }> } & Record<string, any>,
  ): Promise<string | true> => {
    if (options.data?.kind === kind && isBlank(value)) {
      return `${what} is required for a source of this kind.`
    }
    return base ? base(value, options) : true
  }
