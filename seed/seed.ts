import type { Payload } from 'payload'

/** Placeholder until the story seed lands (issue #3): seeds nothing. */
export const seedIfEmpty = async (_payload: Payload): Promise<void> => {}
