import { boundWriteTransactions, slots, WriteSlotsBusy } from '../../src/server/database/writeSlots'

/** A stand-in for a drizzle adapter's transactions: ids handed out, sessions kept by id. */
const fakeAdapter = () => {
  let next = 0
  const sessions: Record<string, unknown> = {}
  return {
    sessions,
    beginTransaction: async () => {
      const id = `t${++next}`
      sessions[id] = {}
      return id
    },
    commitTransaction: async (id: unknown) => {
      delete sessions[String(await id)]
    },
    rollbackTransaction: async (id: unknown) => {
      delete sessions[String(await id)]
    },
  }
}

describe('write slots', () => {
  it('serves waiters first come, first served', async () => {
    const queue = slots(1)
    await queue.acquire(1000)
    const order: number[] = []
    const first = queue.acquire(1000).then(() => order.push(1))
    const second = queue.acquire(1000).then(() => order.push(2))
    queue.release()
    await first
    queue.release()
    await second
    expect(order).toEqual([1, 2])
  })

  it('refuses a waiter past its deadline with SQLSTATE 53300, and forgets it', async () => {
    const queue = slots(1)
    await queue.acquire(1000)
    const refused = await queue.acquire(20).catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(WriteSlotsBusy)
    expect((refused as WriteSlotsBusy).code).toBe('53300')
    expect(queue.waiting).toBe(0)
    queue.release()
    expect(queue.free).toBe(1)
  })

  it('holds a slot from begin to commit or rollback, once however often the end is called', async () => {
    const adapter = boundWriteTransactions(fakeAdapter(), { size: 2, waitMs: 50 })
    const a = await adapter.beginTransaction()
    const b = await adapter.beginTransaction()
    await expect(adapter.beginTransaction()).rejects.toBeInstanceOf(WriteSlotsBusy)
    const waiting = adapter.beginTransaction()
    await adapter.commitTransaction(Promise.resolve(a!))
    await adapter.commitTransaction(a!)
    const c = await waiting
    await expect(adapter.beginTransaction()).rejects.toBeInstanceOf(WriteSlotsBusy)
    await adapter.rollbackTransaction(b!)
    await adapter.rollbackTransaction(c!)
    await adapter.beginTransaction()
    await adapter.beginTransaction()
  })

  it('takes back the slot of a transaction that ended without telling it', async () => {
    const adapter = boundWriteTransactions(fakeAdapter(), { size: 1, waitMs: 50 })
    const lost = await adapter.beginTransaction()
    delete adapter.sessions[String(lost)]
    await expect(adapter.beginTransaction()).resolves.toBeTruthy()
  })
})
