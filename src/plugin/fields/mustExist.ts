import type { FilterOptions } from 'payload'

/**
 * Any filterOptions makes Payload look the related document up (with the caller's read access)
 * before saving, so a dangling ID becomes a 400 on that field instead of a database error.
 */
export const mustExist: FilterOptions = () => true
